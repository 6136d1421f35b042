import "server-only";

import type { TCsvCell } from "@/lib/csv/csv";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/time/operator-day";

import type { TAnswers } from "./answers";
import { QUESTION_ROW_SELECT, toQuestion } from "./question-rows";
import { average, MIN_GROUP_SIZE, netPromoterScore, percent, type TCounts, type TNps } from "./results-math";
import { scaleOf, type TQuestion, type TResultsFilter } from "./schemas";

/** The newest text answers a results page lists for a question; the CSV file has them all. */
export const TEXTS_SHOWN = 200;

export type TBar = { value: string; label: string; count: number; percent: number };
export type TQuestionResult = {
  question: TQuestion;
  /** How many of the responses answered this question (a hidden or optional question may be skipped). */
  answered: number;
  bars: TBar[];
  average: number | null;
  nps: TNps | null;
  /**
   * The newest TEXTS_SHOWN of a text question's answers, in alphabetical order: in the order they were sent,
   * they could be matched with the times of the members' survey points.
   */
  texts: string[];
};

/** One question's answers as the database counted them. */
export type TTally = {
  answered: number;
  /** How many answers chose each choice id. */
  choices: ReadonlyMap<string, number>;
  /** How many answers gave each number of a scale. */
  numbers: TCounts;
  texts: string[];
};

const NO_ANSWERS: TTally = { answered: 0, choices: new Map(), numbers: new Map(), texts: [] };

/** A survey's submitted responses, as `r`. */
const submittedTo = (surveyId: string) => Prisma.sql`r."surveyId" = ${surveyId}::uuid AND r.status = 'SUBMITTED'`;

/** The responses a results page or file covers: submitted ones of the survey, of the filter's group. */
function responseFilter(surveyId: string, filter: TResultsFilter): Prisma.Sql {
  const conditions = [submittedTo(surveyId)];
  // Regions are compared as segments compare them (lib/club/segment.ts): trimmed, whatever their case.
  if (filter.region) conditions.push(Prisma.sql`lower(btrim(r.region)) = lower(btrim(${filter.region}))`);
  if (filter.ageBand) conditions.push(Prisma.sql`r."ageBand" = ${filter.ageBand}::"AgeBand"`);
  if (filter.service) conditions.push(Prisma.sql`${filter.service} = ANY(r.services)`);
  return Prisma.join(conditions, " AND ");
}

/** One question's figures from its tally. */
export function questionResult(question: TQuestion, tally: TTally): TQuestionResult {
  const { answered } = tally;
  const bar = (value: string, label: string, count: number): TBar => ({
    value,
    label,
    count,
    percent: percent(count, answered),
  });
  if (question.kind === "SINGLE" || question.kind === "MULTIPLE") {
    const bars = question.choices.map((choice) => bar(choice.id, choice.label, tally.choices.get(choice.id) ?? 0));
    return { question, answered, bars, average: null, nps: null, texts: [] };
  }
  if (question.kind === "RATING" || question.kind === "NPS") {
    const { min, max } = scaleOf(question);
    const bars = Array.from({ length: max - min + 1 }, (_, index) => min + index).map((value) =>
      bar(String(value), String(value), tally.numbers.get(value) ?? 0),
    );
    return {
      question,
      answered,
      bars,
      average: average(tally.numbers),
      nps: question.kind === "NPS" ? netPromoterScore(tally.numbers) : null,
      texts: [],
    };
  }
  return { question, answered, bars: [], average: null, nps: null, texts: tally.texts };
}

async function loadQuestions(surveyId: string) {
  const rows = await db.surveyQuestion.findMany({
    where: { surveyId },
    orderBy: { position: "asc" },
    select: QUESTION_ROW_SELECT,
  });
  return rows.map(toQuestion);
}

/**
 * Every question's tally over the responses, counted by the database: one statement groups the answers by
 * question and value (a text question's answers as one group, since only how many there are is counted), and
 * one per text question fetches its newest TEXTS_SHOWN answers. A list's choices count once each.
 */
async function tallies(where: Prisma.Sql, textQuestionIds: string[]): Promise<Map<string, TTally>> {
  const [groups, ...texts] = await Promise.all([
    db.$queryRaw<{ questionId: string; value: Prisma.JsonValue; count: number }[]>`
      SELECT e.key AS "questionId", CASE WHEN e.key = ANY(${textQuestionIds}::text[]) THEN NULL ELSE e.value END AS value, count(*)::int AS count
      FROM "SurveyResponse" r CROSS JOIN LATERAL jsonb_each(r.answers) e
      WHERE ${where}
      GROUP BY 1, 2`,
    ...textQuestionIds.map(
      (questionId) => db.$queryRaw<{ text: string }[]>`
        SELECT r.answers->>${questionId} AS text FROM "SurveyResponse" r
        WHERE ${where} AND jsonb_typeof(r.answers->${questionId}) = 'string'
        ORDER BY r."submittedAt" DESC, r.id DESC
        LIMIT ${TEXTS_SHOWN}`,
    ),
  ]);
  const byQuestion = new Map<
    string,
    { answered: number; choices: Map<string, number>; numbers: Map<number, number>; texts: string[] }
  >();
  const of = (questionId: string) => {
    let tally = byQuestion.get(questionId);
    if (!tally)
      byQuestion.set(questionId, (tally = { answered: 0, choices: new Map(), numbers: new Map(), texts: [] }));
    return tally;
  };
  const add = <T>(counts: Map<T, number>, key: T, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const { questionId, value, count } of groups) {
    const tally = of(questionId);
    tally.answered += count;
    if (typeof value === "number") add(tally.numbers, value, count);
    else if (typeof value === "string") add(tally.choices, value, count);
    else if (Array.isArray(value))
      for (const item of new Set(value)) if (typeof item === "string") add(tally.choices, item, count);
  }
  textQuestionIds.forEach(
    (questionId, index) =>
      (of(questionId).texts = texts[index].map((row) => row.text).sort((a, b) => a.localeCompare(b, "ru"))),
  );
  return byQuestion;
}

/**
 * A survey's results, optionally for one group of respondents (their region, age band or service when they
 * answered). A group of fewer than MIN_GROUP_SIZE responses is not broken down — its answers could point to
 * the people — so only its count is given, whether it is the whole survey or a filtered part. The database
 * does the counting, so a survey of a hundred thousand responses costs the page no more memory than one of ten.
 */
export async function surveyResults(surveyId: string, filter: TResultsFilter) {
  const where = responseFilter(surveyId, filter);
  const [questions, [sizes], regions] = await Promise.all([
    loadQuestions(surveyId),
    db.$queryRaw<[{ total: number; count: number }]>`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${where}))::int AS count
      FROM "SurveyResponse" r WHERE ${submittedTo(surveyId)}`,
    db.$queryRaw<{ region: string }[]>`
      SELECT DISTINCT r.region FROM "SurveyResponse" r WHERE ${submittedTo(surveyId)} AND r.region IS NOT NULL`,
  ]);
  const isTooFew = sizes.count < MIN_GROUP_SIZE;
  const counted = isTooFew
    ? new Map<string, TTally>()
    : await tallies(
        where,
        questions.filter((question) => question.kind === "TEXT").map((question) => question.id),
      );
  return {
    total: sizes.total,
    count: sizes.count,
    isTooFew,
    regions: regions
      .map((row) => row.region)
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b, "ru")),
    questions: isTooFew
      ? []
      : questions.map((question) => questionResult(question, counted.get(question.id) ?? NO_ANSWERS)),
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

/** Responses a CSV file reads at a time. */
const CSV_BATCH = 1_000;

type TCsvResponse = {
  id: string;
  /** The response's place in the file: a hash of its id, which says nothing of when it was sent. */
  place: string;
  answers: Prisma.JsonValue;
  sentAt: Date;
  region: string | null;
  ageBand: string | null;
  services: string[];
};

/**
 * How many of the responses were sent on each Moscow day. Counted by UTC hour in the database and added up
 * by localDate here (Moscow is a whole number of hours from UTC), so the Moscow day has one rule.
 */
async function responsesByDay(where: Prisma.Sql): Promise<Map<string, number>> {
  const hours = await db.$queryRaw<{ hour: Date; count: number }[]>`
    SELECT date_trunc('hour', COALESCE(r."submittedAt", r."createdAt")) AS hour, count(*)::int AS count
    FROM "SurveyResponse" r WHERE ${where} GROUP BY 1`;
  const days = new Map<string, number>();
  for (const { hour, count } of hours) days.set(localDate(hour), (days.get(localDate(hour)) ?? 0) + count);
  return days;
}

/**
 * The responses as CSV rows, one per response, a column per question, under the same privacy rule as the
 * results page: fewer than MIN_GROUP_SIZE responses give only a line that says so. No member is named, and
 * no response can be matched to a member by its time: the points for answering are credited the moment it
 * is sent, and the member's ledger shows that moment. So a response gives only its Moscow day, and only
 * when at least MIN_GROUP_SIZE responses of the file were sent that day; rows come in an order that says
 * nothing of when they were sent. Batches of rows, the header first, read page by page (for csvStreamResponse).
 */
export async function* resultsCsv(
  surveyId: string,
  filter: TResultsFilter,
  texts: { submittedAt: string; region: string; ageBand: string; services: string; tooFew: string },
  describe: { ageBand: (value: string) => string; service: (value: string) => string },
): AsyncGenerator<TCsvCell[][]> {
  const where = responseFilter(surveyId, filter);
  const [questions, [{ count }], days] = await Promise.all([
    loadQuestions(surveyId),
    db.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM "SurveyResponse" r WHERE ${where}`,
    responsesByDay(where),
  ]);
  const dayOf = (sentAt: Date) => {
    const day = localDate(sentAt);
    return (days.get(day) ?? 0) >= MIN_GROUP_SIZE ? day : null;
  };
  yield [
    [texts.submittedAt, texts.region, texts.ageBand, texts.services, ...questions.map((question) => question.text)],
  ];
  if (count < MIN_GROUP_SIZE) {
    yield [[texts.tooFew]];
    return;
  }
  let after: { place: string; id: string } | null = null;
  for (;;) {
    const page: TCsvResponse[] = await db.$queryRaw<TCsvResponse[]>`
      SELECT r.id, md5(r.id::text) AS place, r.answers, COALESCE(r."submittedAt", r."createdAt") AS "sentAt", r.region,
        r."ageBand"::text AS "ageBand", r.services
      FROM "SurveyResponse" r
      WHERE ${where}${after ? Prisma.sql` AND (md5(r.id::text), r.id) > (${after.place}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY md5(r.id::text), r.id
      LIMIT ${CSV_BATCH}`;
    if (page.length === 0) return;
    yield page.map((response) => {
      const answers = response.answers as TAnswers;
      return [
        dayOf(response.sentAt),
        response.region,
        response.ageBand ? describe.ageBand(response.ageBand) : null,
        response.services.map(describe.service).join("; "),
        ...questions.map((question) => cellOf(question, answers[question.id])),
      ];
    });
    if (page.length < CSV_BATCH) return;
    after = page.at(-1)!;
  }
}
