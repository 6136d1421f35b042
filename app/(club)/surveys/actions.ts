"use server";

import { ActionError } from "@/lib/action/action-error";
import { defineAction } from "@/lib/action/define-action";
import { requireMember } from "@/lib/auth/current-user";
import { respondentAsMember, saveDraft, submitResponse } from "@/lib/surveys/answering";
import { ZAnswerAsMember } from "@/lib/surveys/schemas";

async function respondent(surveyId: string, memberId: string) {
  const found = await respondentAsMember(surveyId, memberId);
  if (!found) throw new ActionError("NOT_FOUND", "surveys.errors.notInvited");
  return found;
}

export const saveSurveyDraftAction = defineAction({
  name: "saveSurveyDraft",
  schema: ZAnswerAsMember,
  authorize: () => requireMember(),
  run: async (input, member) => saveDraft(await respondent(input.surveyId, member.id), input.answers),
});

export const submitSurveyAction = defineAction({
  name: "submitSurvey",
  schema: ZAnswerAsMember,
  authorize: () => requireMember(),
  run: async (input, member) => submitResponse(await respondent(input.surveyId, member.id), input.answers),
});
