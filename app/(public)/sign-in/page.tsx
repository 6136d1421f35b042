import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage() {
  const t = await getTranslations("signIn");
  return (
    <InfoPage title={t("title")}>
      <p>{t("members")}</p>
      <p>{t("staff")}</p>
    </InfoPage>
  );
}
