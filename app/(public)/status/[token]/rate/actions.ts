"use server";

import { revalidatePath } from "next/cache";

import type { TActionResult } from "@/lib/action/action-result";
import { defineAction } from "@/lib/action/define-action";
import { commentOnAnswer, rateAnswer } from "@/lib/cases/answer-rating";
import { ZAnswerCommentForm, ZRateAnswerForm } from "@/lib/cases/answer-rating-schemas";

// The secret token in the form is the authorization; the domain functions check it belongs to a case.
const tokenHolder = async () => null;

const rate = defineAction({
  name: "rateAnswerFromLink",
  schema: ZRateAnswerForm,
  authorize: tokenHolder,
  run: async (input) => {
    const result = await rateAnswer(input);
    revalidatePath(`/status/${input.token}`);
    return result;
  },
});

const comment = defineAction({
  name: "commentOnAnswer",
  schema: ZAnswerCommentForm,
  authorize: tokenHolder,
  run: async (input) => {
    const result = await commentOnAnswer(input);
    revalidatePath(`/status/${input.token}`);
    return result;
  },
});

export type TRateResult = TActionResult<{ score: number; isRecorded: boolean }>;
export type TCommentResult = TActionResult<{ comment: string }>;

// Shaped for useActionState (the previous result, then the form), so the plain forms post them without JavaScript.
export const rateAnswerFromLinkAction = async (
  _previous: TRateResult | null,
  formData: FormData,
): Promise<TRateResult> => rate(formData);

export const commentOnAnswerAction = async (
  _previous: TCommentResult | null,
  formData: FormData,
): Promise<TCommentResult> => comment(formData);
