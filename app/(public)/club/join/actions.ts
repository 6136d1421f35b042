"use server";

import { defineAction } from "@/lib/action/define-action";
import { formAction } from "@/lib/action/form-action";
import type { TFormState } from "@/lib/action/form-state";
import { submitQuestionnaire, type TSubmitResult } from "@/lib/club/membership";
import { QUESTIONNAIRE_GROUPS, ZMembershipQuestionnaireForm } from "@/lib/club/schemas";
import { requestContext } from "@/lib/http/request-context";

// Joining is open to anyone; the honeypot, limits per client and email, and the emailed confirmation hold
// off abuse.
export const submitQuestionnaireAction = defineAction({
  name: "submitQuestionnaire",
  schema: ZMembershipQuestionnaireForm,
  authorize: async () => null,
  run: async (input) => submitQuestionnaire(input, await requestContext()),
});

const questionnaireForm = formAction(submitQuestionnaireAction);

/**
 * The questionnaire as its form posts it (useActionState), with or without scripts. A refused one comes
 * back with the ticked boxes of each group too, one a line (the echo of formAction keeps one value a name);
 * only boxes the form has are sent back.
 */
export async function submitQuestionnaireForm(
  previous: TFormState<TSubmitResult>,
  formData: FormData,
): Promise<TFormState<TSubmitResult>> {
  const state = await questionnaireForm(previous, formData);
  if (state.result?.ok || !(formData instanceof FormData)) return state;
  const ticked = Object.entries(QUESTIONNAIRE_GROUPS).map(([group, boxes]) => [
    group,
    formData
      .getAll(group)
      .filter((value) => (boxes as readonly unknown[]).includes(value))
      .join("\n"),
  ]);
  return { ...state, values: { ...state.values, ...Object.fromEntries(ticked) } };
}
