"use client";

import { useCallback } from "react";

import type { TActionResult } from "@/lib/action/action-result";
import type { TAnswers } from "@/lib/surveys/answers";
import type { TAnswersInput, TQuestion } from "@/lib/surveys/schemas";

import { SurveyForm } from "./survey-form";

type TKey = { token: string } | { surveyId: string };

/** The answer form tied to its respondent: the personal link's token, or the signed-in member's survey. */
export function RespondentSurveyForm<TInput extends TKey & { answers: TAnswersInput }>({
  respondent,
  questions,
  initialAnswers,
  saveDraftAction,
  submitAction,
}: {
  respondent: Omit<TInput, "answers">;
  questions: TQuestion[];
  initialAnswers: TAnswers;
  saveDraftAction: (input: TInput) => Promise<TActionResult<{ savedAt: string }>>;
  submitAction: (input: TInput) => Promise<TActionResult<{ points: number; balance: number }>>;
}) {
  const key = JSON.stringify(respondent);
  const saveDraft = useCallback(
    (answers: TAnswers) => saveDraftAction({ ...JSON.parse(key), answers } as TInput),
    [key, saveDraftAction],
  );
  const submit = useCallback(
    (answers: TAnswers) => submitAction({ ...JSON.parse(key), answers } as TInput),
    [key, submitAction],
  );
  return <SurveyForm questions={questions} initialAnswers={initialAnswers} saveDraft={saveDraft} submit={submit} />;
}
