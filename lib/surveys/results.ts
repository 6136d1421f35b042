import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TAnswers } from "./answers";
import { QUESTION_ROW_SELECT, toQuestion } from "./question-rows";
import { average, MIN_GROUP_SIZE, netPromoterScore, percent, type TNps } from "./results-math";
import type { TQuestion, TResultsFilter } from "./schemas";

export type TBar = { value: string; label: string; count: number; percent: number };
export type TQuestionResult = {
  question: TQuestion;
  /** How many of the responses answered this question (a hidden or optional question may be skipped). */
  answered: number;
  bars: TBar[];
  average: number | null;
  nps: TNps | null;
  texts: string[];
};

function responseWhere(surveyId: string, filter: TResultsFilter): Prisma.SurveyResponseWhereInput {
  return {
    surveyId,
    status: "SUBMITTED",
    ...(filter.region ? { region: { equals: filter.region, mode: "insensitive" as const } } : {}),
    ...(filter.ageBand ? { ageBand: filter.ageBand } : {}),
    ...(filter.service ? { services: { has: filter.service } } : {}),
  };
}

function scaleOf(question: TQuestion): { min: number; max: number } {
  if (question.kind === "NPS") return { min: 0, max: 10 };
  return { min: question.scale?.min ?? 1, max: question.scale?.max ?? 5 };
}

/** One question's figures over a set of answers. */
export function questionResult(question: TQuestion, all: readonly TAnswers[]): TQuestionResult {
  const given = all.map((answers) => answers[question.id]).filter((answer) => answer !== undefined);
  const answered = given.length;
  const bar = (value: string, label: string, count: number): TBar => ({ value, label, count, percent: percent(count, answered) });
  if (question.kind === "SINGLE" || question.kind === "MULTIPLE") {
    const bars = question.choices.map((choice) =>
      bar(choice.id, choice.label, given.filter((answer) => (Array.isArray(answer) ? answer.includes(choice.id) : answer === choice.id)).length),
    );
    return { question, answered, bars, average: null, nps: null, texts: [] };
  }
  if (question.kind === "RATING" || question.kind === "NPS") {
    const values = given.filter((answer): answer is number => typeof answer === "number");
    const { min, max } = scaleOf(question);
    const bars = Array.from({ length: max - min + 1 }, (_, index) => min + index).map((value) =>
      bar(String(value), String(value), values.filter((answer) => answer === value).length),
    );
    return { question, answered, bars, average: average(values), nps: question.kind === "NPS" ? netPromoterScore(values) : null, texts: [] };
  }
  return { question, answered, bars: [], average: null, nps: null, texts: given.filter((answer): answer is string => typeof answer === "string") };
}

async function loadQuestions(surveyId: string) {
  const rows = await db.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: "asc" }, select: QUESTION_ROW_SELECT });
  return rows.map(toQuestion);
}

/**
 * A survey's results, optionally for one group of respondents (their region, age band or service when they
 * answered). A group of fewer than MIN_GROUP_SIZE responses is not broken down — its answers could point to
 * the people — so only its count is given, whether it is the whole survey or a filtered part.
 */
export async function surveyResults(surveyId: string, filter: TResultsFilter) {
  const where = responseWhere(surveyId, filter);
  const [questions, total, responses, regions] = await Promise.all([
    loadQuestions(surveyId),
    db.surveyResponse.count({ where: { surveyId, status: "SUBMITTED" } }),
    db.surveyResponse.findMany({ where, select: { answers: true } }),
    db.surveyResponse.findMany({ where: { surveyId, status: "SUBMITTED", region: { not: null } }, distinct: ["region"], select: { region: true } }),
  ]);
  const count = responses.length;
  const isTooFew = count < MIN_GROUP_SIZE;
  const answers = responses.map((response) => response.answers as TAnswers);
  return {
    total,
    count,
    isTooFew,
    regions: regions.map((row) => row.region ?? "").filter(Boolean).sort((a, b) => a.localeCompare(b, "ru")),
    questions: isTooFew ? [] : questions.map((question) => questionResult(question, answers)),
  };
}

/** An answer as a spreadsheet cell: choice labels joined by "; ", numbers as numbers, text as written. */
function cellOf(question: TQuestion, answer: TAnswers[string] | undefined): string | number | null {
  if (answer === undefined) return null;
  if (typeof answer === "number") return answer;
  const label = (id: string) => question.choices.find((choice) => choice.id === id)?.label ?? id;
  if (Array.isArray(answer)) return answer.map(label).join("; ");
  return question.kind === "SINGLE" ? label(answer) : answer;
}

/**
 * The responses as CSV rows, one per response, a column per question, under the same privacy rule as the
 * results page: fewer than MIN_GROUP_SIZE responses give only a line that says so. No member is named.
 */
export async function resultsCsvRows(
  surveyId: string,
  filter: TResultsFilter,
  texts: { submittedAt: string; region: string; ageBand: string; services: string; tooFew: string },
  describe: { ageBand: (value: string) => string; service: (value: string) => string },
) {
  const [questions, responses] = await Promise.all([
    loadQuestions(surveyId),
    db.surveyResponse.findMany({
      where: responseWhere(surveyId, filter),
      orderBy: { submittedAt: "asc" },
      select: { answers: true, submittedAt: true, region: true, ageBand: true, services: true },
    }),
  ]);
  const header = [texts.submittedAt, texts.region, texts.ageBand, texts.services, ...questions.map((question) => question.text)];
  if (responses.length < MIN_GROUP_SIZE) return [header, [texts.tooFew]];
  return [
    header,
    ...responses.map((response) => {
      const answers = response.answers as TAnswers;
      return [
        response.submittedAt?.toISOString() ?? null,
        response.region,
        response.ageBand ? describe.ageBand(response.ageBand) : null,
        response.services.map(describe.service).join("; "),
        ...questions.map((question) => cellOf(question, answers[question.id])),
      ];
    }),
  ];
}
