import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { SurveyBuilder } from "@/components/surveys/survey-builder";
import { staffPage } from "@/lib/auth/page-guards";
import { EMPTY_SEGMENT } from "@/lib/club/segment";
import { knownRegions } from "@/lib/surveys/build-survey";

import { countSegmentMembersAction, saveSurveyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("builder.newTitle") };
}

export default async function NewSurveyPage() {
  await staffPage("/console/surveys/new", "survey.manage");
  const [t, regions] = await Promise.all([getTranslations("surveys"), knownRegions()]);
  return (
    <InfoPage title={t("builder.newTitle")}>
      <SurveyBuilder
        initial={{ title: "", description: "", segment: EMPTY_SEGMENT, opensOn: "", closesOn: "", questions: [] }}
        regions={regions}
        saveAction={saveSurveyAction}
        countAction={countSegmentMembersAction}
      />
    </InfoPage>
  );
}
