import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { buttonVariants } from "@/components/ui/button";
import { InfoPage } from "@/components/layout/info-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <InfoPage title={t("title")} lead={t("text")}>
      <Link href="/" className={buttonVariants({ className: "self-start" })}>
        {t("home")}
      </Link>
    </InfoPage>
  );
}
