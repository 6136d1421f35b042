import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

/** Where next-auth sends a browser that asked for a link without JavaScript. */
export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return <InfoPage title={t("checkEmailTitle")} lead={t("checkEmailTextNoAddress")} />;
}
