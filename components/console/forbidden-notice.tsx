import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

export async function ForbiddenNotice() {
  const t = await getTranslations("console");
  return (
    <div data-access="forbidden">
      <InfoPage title={t("forbiddenTitle")} lead={t("forbiddenText")} />
    </div>
  );
}
