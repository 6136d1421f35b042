import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { RespondentSurveyForm } from "@/components/surveys/respondent-survey-form";
import { SurveyAnswerPage } from "@/components/surveys/survey-answer-page";
import { Alert } from "@/components/ui/alert";
import { respondentByToken, surveyForRespondent } from "@/lib/surveys/answering";

import { saveSurveyDraftByLinkAction, submitSurveyByLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the address: never send it on as a referrer.
  return {
    title: (await getTranslations("surveys"))("answer.title"),
    referrer: "no-referrer",
    robots: { index: false },
  };
}

/** A survey answered from the emailed personal link, without signing in. */
export default async function SurveyByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const respondent = await respondentByToken(token);
  if (!respondent) {
    const t = await getTranslations("surveys");
    return (
      <InfoPage title={t("answer.title")}>
        <Alert tone="danger">{t("errors.linkInvalid")}</Alert>
      </InfoPage>
    );
  }
  const survey = await surveyForRespondent(respondent);
  return (
    <SurveyAnswerPage survey={survey}>
      <RespondentSurveyForm
        respondent={{ token }}
        questions={survey.questions}
        initialAnswers={survey.answers}
        saveDraftAction={saveSurveyDraftByLinkAction}
        submitAction={submitSurveyByLinkAction}
      />
    </SurveyAnswerPage>
  );
}
