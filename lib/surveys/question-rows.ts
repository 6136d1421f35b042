import type { SurveyQuestionKind } from "@/lib/generated/prisma/enums";

import { ZChoice, ZScale, ZShowIf, type TQuestion } from "./schemas";

// Questions as stored (options and condition in JSON columns) and as the forms and rules use them.

export type TQuestionRow = {
  id: string;
  position: number;
  kind: SurveyQuestionKind;
  text: string;
  help: string | null;
  isRequired: boolean;
  options: unknown;
  showIf: unknown;
};

export const QUESTION_ROW_SELECT = {
  id: true,
  position: true,
  kind: true,
  text: true,
  help: true,
  isRequired: true,
  options: true,
  showIf: true,
} as const;

export function toQuestion(row: TQuestionRow): TQuestion {
  const choices = Array.isArray(row.options)
    ? row.options.flatMap((option) => {
        const parsed = ZChoice.safeParse(option);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const scale = row.kind === "RATING" ? ZScale.safeParse(row.options) : null;
  const showIf = row.showIf ? ZShowIf.safeParse(row.showIf) : null;
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    help: row.help ?? undefined,
    isRequired: row.isRequired,
    choices,
    scale: scale?.success ? scale.data : null,
    showIf: showIf?.success ? showIf.data : null,
  };
}

export function toQuestionData(question: TQuestion, position: number) {
  const options =
    question.kind === "SINGLE" || question.kind === "MULTIPLE"
      ? question.choices
      : question.kind === "RATING" && question.scale
        ? question.scale
        : [];
  return {
    id: question.id,
    position,
    kind: question.kind,
    text: question.text,
    help: question.help ?? null,
    isRequired: question.isRequired,
    options,
    showIf: question.showIf ?? undefined,
  };
}
