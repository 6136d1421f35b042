import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { RespondentSurveyForm } from "@/components/surveys/respondent-survey-form";
import { SurveyAnswerPage } from "@/components/surveys/survey-answer-page";
import { memberPage } from "@/lib/auth/page-guards";
import { respondentAsMember, surveyForRespondent } from "@/lib/surveys/answering";
import { isUuid } from "@/lib/validation/uuid";

import { saveSurveyDraftAction, submitSurveyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("answer.title") };
}

/** A survey the signed-in member was invited to, answered from their account. */
export default async function MemberSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await memberPage(`/surveys/${encodeURIComponent(id)}`);
  const respondent = isUuid(id) ? await respondentAsMember(id, user.id) : null;
  if (!respondent) notFound();
  const survey = await surveyForRespondent(respondent);
  return (
    <SurveyAnswerPage survey={survey}>
      <RespondentSurveyForm
        respondent={{ surveyId: id }}
        questions={survey.questions}
        initialAnswers={survey.answers}
        saveDraftAction={saveSurveyDraftAction}
        submitAction={submitSurveyAction}
      />
    </SurveyAnswerPage>
  );
}
