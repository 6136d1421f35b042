import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

/** Where next-auth sends a browser that posted to its own sign-in endpoint; the sign-in form answers in place. */
export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return <InfoPage title={t("checkEmailTitle")} lead={t("checkEmailTextNoAddress")} />;
}
