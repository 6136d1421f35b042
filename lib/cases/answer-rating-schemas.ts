import * as z from "@/lib/validation/z";

/** The longest comment an applicant may add to their rating of the answer. */
export const ANSWER_COMMENT_MAX = 2000;

const ZToken = z.string().min(20).max(200);

/** A score 1–5, as the email's links and the forms send it (a string from a form, a number from code). */
export const ZAnswerScore = z.coerce
  .number()
  .int("validation.score")
  .min(1, "validation.score")
  .max(5, "validation.score");

/** The rating page's score from its address: anything but 1–5 shows the choice instead. */
export const ZScoreParam = ZAnswerScore.optional().catch(undefined);

export const ZRateAnswerLink = z.object({ token: ZToken, score: ZAnswerScore });
export type TRateAnswerLink = z.output<typeof ZRateAnswerLink>;

export const ZAnswerComment = z.object({
  token: ZToken,
  comment: z
    .typedText()
    .trim()
    .min(1, "answerRating.commentRequired")
    .max(ANSWER_COMMENT_MAX, "answerRating.commentTooLong"),
});
export type TAnswerComment = z.output<typeof ZAnswerComment>;

/** The same schemas, read from a plain form's FormData (the page works before and without JavaScript). */
function formFields(raw: unknown): unknown {
  return raw instanceof FormData
    ? Object.fromEntries([...raw.entries()].filter(([, value]) => typeof value === "string"))
    : raw;
}

export const ZRateAnswerForm = z.preprocess(formFields, ZRateAnswerLink);
export const ZAnswerCommentForm = z.preprocess(formFields, ZAnswerComment);
