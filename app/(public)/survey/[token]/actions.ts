"use server";

import { ActionError } from "@/lib/action/action-error";
import { defineAction } from "@/lib/action/define-action";
import { respondentByToken, saveDraft, submitResponse } from "@/lib/surveys/answering";
import { ZAnswerByLink } from "@/lib/surveys/schemas";

// The personal link answers without signing in: the token in the input is the authorization.

async function respondent(token: string) {
  const found = await respondentByToken(token);
  if (!found) throw new ActionError("NOT_FOUND", "surveys.errors.linkInvalid");
  return found;
}

export const saveSurveyDraftByLinkAction = defineAction({
  name: "saveSurveyDraftByLink",
  schema: ZAnswerByLink,
  authorize: async () => null,
  run: async (input) => saveDraft(await respondent(input.token), input.answers),
});

export const submitSurveyByLinkAction = defineAction({
  name: "submitSurveyByLink",
  schema: ZAnswerByLink,
  authorize: async () => null,
  run: async (input) => submitResponse(await respondent(input.token), input.answers),
});
