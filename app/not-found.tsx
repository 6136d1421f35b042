import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";

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
