import { text } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

import { MAX_TEXT_ANSWER, scaleOf, type TQuestion } from "./schemas";

// Which questions a respondent sees and what counts as an answer, the same in the browser (live, as they
// answer) and on the server (which keeps only the answers to visible questions).

export type TAnswer = string | string[] | number;
export type TAnswers = Record<string, TAnswer>;
type TQuestionShape = Pick<TQuestion, "id" | "kind" | "isRequired" | "choices" | "scale" | "showIf">;

/** An answer's values as conditions compare them: choice ids, or a scale value as a string. */
export function answerValues(answer: unknown): string[] {
  if (Array.isArray(answer)) return answer.map(String);
  if (typeof answer === "number" || (typeof answer === "string" && answer !== "")) return [String(answer)];
  return [];
}

/**
 * The questions shown for these answers, in order. A question with a condition is shown when the earlier
 * question it names is itself shown and its answer is one of the condition's values.
 */
export function visibleQuestions<T extends TQuestionShape>(
  questions: readonly T[],
  answers: Record<string, unknown>,
): T[] {
  const visible = new Set<string>();
  for (const question of questions) {
    const condition = question.showIf;
    if (!condition) {
      visible.add(question.id);
      continue;
    }
    if (!visible.has(condition.questionId)) continue;
    if (answerValues(answers[condition.questionId]).some((value) => condition.anyOf.includes(value)))
      visible.add(question.id);
  }
  return questions.filter((question) => visible.has(question.id));
}

function isEmpty(answer: unknown): boolean {
  return answer === undefined || answer === null || answer === "" || (Array.isArray(answer) && answer.length === 0);
}

/** The schema of one question's answer (an empty answer is handled before). */
export function answerSchema(question: TQuestionShape): z.ZodType<TAnswer> {
  const choiceIds = question.choices.map((choice) => choice.id) as [string, ...string[]];
  switch (question.kind) {
    case "SINGLE":
      return z.enum(choiceIds, "surveys.errors.choice");
    case "MULTIPLE":
      return z
        .array(z.enum(choiceIds, "surveys.errors.choice"), "surveys.errors.choice")
        .transform((ids) => choiceIds.filter((id) => ids.includes(id)));
    case "RATING":
    case "NPS": {
      const { min, max } = scaleOf(question);
      return z.coerce
        .number("surveys.errors.scaleValue")
        .int("surveys.errors.scaleValue")
        .min(min, "surveys.errors.scaleValue")
        .max(max, "surveys.errors.scaleValue");
    }
    case "TEXT":
      // Without control characters: answers are stored as JSON, which PostgreSQL refuses with NUL in it.
      return text(MAX_TEXT_ANSWER);
  }
}

export type TCheckedAnswers = { answers: TAnswers; errors: Record<string, string> };

/**
 * Checks answers against the questions: answers to hidden or unknown questions are dropped, each visible
 * answer must fit its question, and when `isFinal` every visible required question must be answered.
 * A draft keeps what is valid so far and reports nothing missing.
 */
export function checkAnswers(
  questions: readonly TQuestionShape[],
  raw: Record<string, unknown>,
  { isFinal }: { isFinal: boolean },
): TCheckedAnswers {
  const answers: TAnswers = {};
  const errors: Record<string, string> = {};
  for (const question of visibleQuestions(questions, raw)) {
    const value = typeof raw[question.id] === "string" ? (raw[question.id] as string).trim() : raw[question.id];
    if (isEmpty(value)) {
      if (isFinal && question.isRequired) errors[question.id] = "surveys.errors.required";
      continue;
    }
    const parsed = answerSchema(question).safeParse(value);
    if (!parsed.success) {
      errors[question.id] = parsed.error.issues[0]?.message ?? "validation.invalid";
      continue;
    }
    if (isEmpty(parsed.data)) {
      if (isFinal && question.isRequired) errors[question.id] = "surveys.errors.required";
      continue;
    }
    answers[question.id] = parsed.data;
  }
  // A condition may hide a question whose earlier answer was just dropped as invalid: look again.
  const shown = new Set(visibleQuestions(questions, answers).map((question) => question.id));
  for (const id of Object.keys(answers)) if (!shown.has(id)) delete answers[id];
  if (isFinal) {
    for (const question of questions)
      if (shown.has(question.id) && question.isRequired && !(question.id in answers))
        errors[question.id] ??= "surveys.errors.required";
  }
  return { answers, errors };
}
