import { AGE_BANDS, CLUB_SERVICES } from "@/lib/club/schemas";
import { ZSegment } from "@/lib/club/segment";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { optionalText, requiredText } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

// What a survey is made of, shared by the builder in the browser and the server. Messages are catalogue keys.

export const QUESTION_KINDS = ["SINGLE", "MULTIPLE", "RATING", "NPS", "TEXT"] as const;
export type TQuestionKind = (typeof QUESTION_KINDS)[number];

export const MAX_QUESTIONS = 50;
export const MAX_CHOICES = 20;
export const MAX_TEXT_ANSWER = 5000;

export const ZChoice = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "validation.invalid"),
  label: requiredText(200),
});
export type TChoice = z.output<typeof ZChoice>;

export const ZScale = z.object({
  min: z
    .number("validation.invalid")
    .int("validation.invalid")
    .min(0, "surveys.errors.scale")
    .max(1, "surveys.errors.scale"),
  max: z
    .number("validation.invalid")
    .int("validation.invalid")
    .min(2, "surveys.errors.scale")
    .max(10, "surveys.errors.scale"),
  minLabel: optionalText(60).optional(),
  maxLabel: optionalText(60).optional(),
});
export type TScale = z.output<typeof ZScale>;

/** A new rating question's scale, and the one a rating without a stored scale is answered and counted on. */
export const DEFAULT_SCALE: TScale = { min: 1, max: 5 };

/** Shown only when an earlier question's answer is one of `anyOf` (choice ids; scale values as strings). */
export const ZShowIf = z.object({
  questionId: z.typedText().min(1, "surveys.errors.conditionQuestion"),
  anyOf: z
    .array(z.typedText().max(40))
    .min(1, "surveys.errors.conditionValues")
    .max(MAX_CHOICES + 11),
});
export type TShowIf = z.output<typeof ZShowIf>;

export const ZQuestion = z.object({
  id: z.uuid("validation.invalid"),
  kind: z.enum(QUESTION_KINDS, "validation.invalid"),
  text: requiredText(500),
  help: optionalText(1000).optional(),
  isRequired: z.boolean(),
  choices: z.array(ZChoice).max(MAX_CHOICES, "surveys.errors.tooManyChoices").default([]),
  scale: ZScale.nullable().default(null),
  showIf: ZShowIf.nullable().default(null),
});
export type TQuestion = z.output<typeof ZQuestion>;
export type TQuestionInput = z.input<typeof ZQuestion>;

/** The numbers a scale question (rating or NPS) is answered with: NPS is always 0–10. */
export function scaleOf(question: Pick<TQuestion, "kind" | "scale">): { min: number; max: number } {
  if (question.kind === "NPS") return { min: 0, max: 10 };
  return { min: question.scale?.min ?? DEFAULT_SCALE.min, max: question.scale?.max ?? DEFAULT_SCALE.max };
}

/** The values an answer to `question` can take, as conditions name them. Free text has none. */
export function conditionValues(question: Pick<TQuestion, "kind" | "choices" | "scale">): string[] {
  if (question.kind === "SINGLE" || question.kind === "MULTIPLE") return question.choices.map((choice) => choice.id);
  // A rating whose scale is not set yet offers no values to a condition.
  if (question.kind === "NPS" || (question.kind === "RATING" && question.scale)) {
    const { min, max } = scaleOf(question);
    return Array.from({ length: max - min + 1 }, (_, index) => String(min + index));
  }
  return [];
}

/** The rules across questions: enough choices, a sound scale, conditions on an earlier question's answers. */
export function checkStructure(
  questions: readonly TQuestion[],
  ctx: z.RefinementCtx,
  prefix: (string | number)[] = ["questions"],
) {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    const at = (...path: (string | number)[]) => [...prefix, index, ...path];
    if (seen.has(question.id)) ctx.addIssue({ code: "custom", path: at("id"), message: "validation.invalid" });
    seen.add(question.id);
    if (question.kind === "SINGLE" || question.kind === "MULTIPLE") {
      if (question.choices.length < 2)
        ctx.addIssue({ code: "custom", path: at("choices"), message: "surveys.errors.twoChoices" });
      if (new Set(question.choices.map((choice) => choice.id)).size !== question.choices.length) {
        ctx.addIssue({ code: "custom", path: at("choices"), message: "validation.invalid" });
      }
    }
    if (question.kind === "RATING" && (!question.scale || question.scale.min >= question.scale.max)) {
      ctx.addIssue({ code: "custom", path: at("scale"), message: "surveys.errors.scale" });
    }
    if (question.showIf) {
      const targetIndex = questions.findIndex((other) => other.id === question.showIf!.questionId);
      if (targetIndex < 0 || targetIndex >= index) {
        ctx.addIssue({ code: "custom", path: at("showIf"), message: "surveys.errors.conditionEarlier" });
        return;
      }
      const allowed = conditionValues(questions[targetIndex]);
      if (allowed.length === 0) {
        ctx.addIssue({ code: "custom", path: at("showIf"), message: "surveys.errors.conditionKind" });
      } else if (!question.showIf.anyOf.every((value) => allowed.includes(value))) {
        ctx.addIssue({ code: "custom", path: at("showIf"), message: "surveys.errors.conditionValues" });
      }
    }
  });
}

const ZDate = z
  .string()
  .regex(/^$|^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .optional()
  .transform((value) => (value ? value : undefined));

export const ZSaveSurvey = z
  .object({
    id: z.uuid("validation.invalid").optional(),
    title: requiredText(200),
    description: optionalText(2000).optional(),
    segment: ZSegment,
    /** The first day answers are taken (Moscow time), as YYYY-MM-DD; opening before it schedules the invitations. */
    opensOn: ZDate,
    /** The last day answers are taken (Moscow time), as YYYY-MM-DD. */
    closesOn: ZDate,
    questions: z.array(ZQuestion).max(MAX_QUESTIONS, "surveys.errors.tooManyQuestions"),
  })
  .superRefine((value, ctx) => {
    // Days as YYYY-MM-DD compare as text.
    if (value.opensOn && value.closesOn && value.closesOn < value.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "surveys.errors.closesBeforeOpens" });
    }
    checkStructure(value.questions, ctx);
  });
export type TSaveSurvey = z.output<typeof ZSaveSurvey>;
export type TSaveSurveyInput = z.input<typeof ZSaveSurvey>;

export const ZSurveyId = z.object({ id: z.uuid("validation.invalid") });
export type TSurveyId = z.output<typeof ZSurveyId>;

/** Counting the members a segment reaches, while the builder is open. */
export const ZCountSegment = z.object({ segment: ZSegment });

/** Raw answers as the form sends them; each is checked against its question by `checkAnswers`. */
export const ZAnswersInput = z.record(
  z.string().max(40),
  z.union([
    z.string().max(MAX_TEXT_ANSWER, "validation.tooLong"),
    z.array(z.string().max(40)).max(MAX_CHOICES),
    z.number(),
    z.null(),
  ]),
);
export type TAnswersInput = z.input<typeof ZAnswersInput>;

export const ZAnswerByLink = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "validation.invalid"),
  answers: ZAnswersInput,
});
export const ZAnswerAsMember = z.object({ surveyId: z.uuid("validation.invalid"), answers: ZAnswersInput });

/** The results page's and the CSV file's filter by the respondents' segment. */
export const ZResultsFilter = z.object({
  region: optionalText(100).optional().catch(undefined),
  ageBand: z
    .enum(AGE_BANDS as [AgeBand, ...AgeBand[]])
    .optional()
    .catch(undefined),
  service: z.enum(CLUB_SERVICES).optional().catch(undefined),
});
export type TResultsFilter = z.output<typeof ZResultsFilter>;
