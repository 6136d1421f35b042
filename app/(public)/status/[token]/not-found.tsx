import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

/** A status link that opens no case (mistyped, cut short, or replaced by a new one): 404, said plainly. */
export default async function StatusLinkNotFound() {
  const t = await getTranslations("statusPage");
  return <InfoPage title={t("notFoundTitle")} lead={t("notFoundText")} />;
}
