import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <InfoPage title={t("title")} lead={t("text")}>
      {/* A plain link: every page's payload names this boundary, and next/link would load its code on each. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className={buttonVariants({ className: "self-start" })}>
        {t("home")}
      </a>
    </InfoPage>
  );
}
