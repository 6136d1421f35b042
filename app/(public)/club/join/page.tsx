import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { JoinForm } from "@/components/club/join-form";
import { InfoPage } from "@/components/layout/info-page";

import { submitQuestionnaireForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("club.join"))("title") };
}

export default async function JoinClubPage() {
  const t = await getTranslations("club.join");
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <JoinForm action={submitQuestionnaireForm} />
    </InfoPage>
  );
}
