import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { SurveysWaiting } from "@/components/surveys/surveys-waiting";
import { memberPage } from "@/lib/auth/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("waiting.title") };
}

/** The member's surveys waiting for an answer. */
export default async function MemberSurveysPage() {
  const user = await memberPage("/surveys");
  const t = await getTranslations("surveys.waiting");
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <SurveysWaiting memberId={user.id} />
    </InfoPage>
  );
}
