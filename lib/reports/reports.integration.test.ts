import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { seedTopic } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { answerTimes } from "./answer-times";
import { onTimeShare } from "./on-time";
import { overdueCaseNumbers } from "./overdue";
import { answerRatings, officeRatings } from "./ratings";
import { satisfactionBy } from "./satisfaction";
import { parseReportQuery } from "./schemas";
import type { TReportViewer } from "./scope";
import { reportTable, type TReportTranslate } from "./tables";
import { volumesBy } from "./volumes";

/*
 * Cases filed in March 2021 (no other test writes cases then), with known moments and ratings. The range is
 * 1–14 March, Moscow time: ISO weeks 2021-W09 and 2021-W10. "Now" is 25 March. Answers are rated in the
 * reports of the period they were given in (satisfaction), the rest by the period the cases were filed in.
 */
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const plus = (moment: Date, hours: number) => new Date(moment.getTime() + hours * HOUR);

const A = { postcode: "990001", name: "Отчётное отделение А", region: "Отчётная область" };
const B = { postcode: "990002", name: "Отчётное отделение Б", region: "Отчётная область" };
const C = { postcode: "990003", name: "Отчётное отделение В", region: "Другая отчётная область" };

const analyst: TReportViewer = { role: "ANALYST", officePostcodes: [] };
const NOW = at("2021-03-25T00:00:00Z");
const query = (params: Record<string, string> = {}) =>
  parseReportQuery({ from: "2021-03-01", to: "2021-03-14", ...params }, NOW);

let topicA = "";
let topicB = "";
/** The staff members who answered: ratings are reported under them. */
const operatorA = { id: "", name: "Отчётный оператор А" };
const operatorB = { id: "", name: "Отчётный оператор Б" };

function caseRow(
  fields: Partial<Prisma.CaseCreateManyInput> & Pick<Prisma.CaseCreateManyInput, "type" | "createdAt" | "dueAt">,
) {
  const office = [A, B, C].find((candidate) => candidate.postcode === fields.officePostcode);
  return {
    number: `T-2021-${randomBytes(5).toString("hex")}`,
    status: "REGISTERED" as const,
    applicantName: "Отчётов Тест",
    applicantEmail: "reports@mail.example",
    text: "Обращение для отчётов",
    region: office?.region ?? null,
    ...fields,
  } satisfies Prisma.CaseCreateManyInput;
}

beforeAll(async () => {
  for (const office of [A, B, C]) {
    await db.office.upsert({ where: { postcode: office.postcode }, create: { ...office, type: "О" }, update: office });
  }
  topicA = await seedTopic("reports-a", "Тема А", "Topic A");
  for (const [operator, email] of [
    [operatorA, "reports-operator-a@staff.example"],
    [operatorB, "reports-operator-b@staff.example"],
  ] as const) {
    operator.id = (
      await db.staffUser.upsert({
        where: { email },
        create: { email, name: operator.name, role: "OPERATOR" },
        update: {},
      })
    ).id;
  }
  topicB = await seedTopic("reports-b", "Тема Б", "Topic B");

  const rows: Prisma.CaseCreateManyInput[] = [];
  // 1. Ten web complaints at office A, week 9: first reply after i hours, answer after 10·i hours, due at 50 h;
  // operator A answered the first five, operator B the rest.
  const complaintsFiled = at("2021-03-02T09:00:00Z");
  const ratings1 = [5, 5, 5, 5, 5, 3, 3, 3, 1, null];
  for (let i = 1; i <= 10; i++) {
    rows.push(
      caseRow({
        type: "COMPLAINT",
        status: "ANSWERED",
        channel: "WEB",
        topicId: topicA,
        officePostcode: A.postcode,
        createdAt: complaintsFiled,
        dueAt: plus(complaintsFiled, 50),
        firstRepliedAt: plus(complaintsFiled, i),
        answeredAt: plus(complaintsFiled, 10 * i),
        answerRating: ratings1[i - 1],
        answeredById: i <= 5 ? operatorA.id : operatorB.id,
      }),
    );
  }
  // 2. Six API claims at office B, week 10, open: three past due (one of them paused), three not yet due.
  const claimsFiled = at("2021-03-09T10:00:00Z");
  for (let i = 0; i < 6; i++) {
    const isPastDue = i < 3;
    rows.push(
      caseRow({
        type: "CLAIM",
        status: i === 0 ? "WAITING_FOR_CUSTOMER" : "IN_PROGRESS",
        channel: "API",
        topicId: topicB,
        officePostcode: B.postcode,
        createdAt: claimsFiled,
        dueAt: isPastDue ? at("2021-03-15T00:00:00Z") : at("2021-04-10T00:00:00Z"),
        pausedAt: i === 0 ? at("2021-03-12T00:00:00Z") : null,
        firstRepliedAt: i === 3 ? plus(claimsFiled, 2.5) : i === 4 ? plus(claimsFiled, 3.25) : null,
      }),
    );
  }
  // 3. Eight office ratings, week 10, closed without an answer: office A 5, 4, 4; office C 1, 2, 2, 3, 5.
  const ratingsFiled = at("2021-03-10T12:00:00Z");
  for (const [office, score] of [
    [A, 5],
    [A, 4],
    [A, 4],
    [C, 1],
    [C, 2],
    [C, 2],
    [C, 3],
    [C, 5],
  ] as const) {
    rows.push(
      caseRow({
        type: "RATING",
        status: "CLOSED",
        channel: "WEB",
        officePostcode: office.postcode,
        ratingScore: score,
        createdAt: ratingsFiled,
        dueAt: plus(ratingsFiled, 72),
        closedAt: plus(ratingsFiled, 1),
      }),
    );
  }
  // 4. Six emailed queue reports at office C answered after an hour: one at the first Moscow moment of 1 March
  // (week 9), five at the last Moscow second of 14 March (week 10).
  for (const filed of [at("2021-02-28T21:00:00Z"), ...Array(5).fill(at("2021-03-14T20:59:59Z"))]) {
    rows.push(
      caseRow({
        type: "QUEUE_REPORT",
        status: "ANSWERED",
        channel: "EMAIL",
        officePostcode: C.postcode,
        createdAt: filed,
        dueAt: plus(filed, 24),
        answeredAt: plus(filed, 1),
      }),
    );
  }
  // 5. Four web complaints without an office, week 9, answered by operator A exactly at the deadline (24 h): on time.
  const noOfficeFiled = at("2021-03-05T12:00:00Z");
  for (const rating of [2, 2, 4, null]) {
    rows.push(
      caseRow({
        type: "COMPLAINT",
        status: "ANSWERED",
        channel: "WEB",
        topicId: topicA,
        createdAt: noOfficeFiled,
        dueAt: plus(noOfficeFiled, 24),
        answeredAt: plus(noOfficeFiled, 24),
        answerRating: rating,
        answeredById: operatorA.id,
      }),
    );
  }
  // 6. Two emailed complaints at office B, week 10, reopened after a late answer by operator B (100 h, due at
  // 48 h, so given on 16 March: its ratings belong to a later period) and overdue again.
  const reopenedFiled = at("2021-03-12T08:00:00Z");
  for (const rating of [1, 5]) {
    rows.push(
      caseRow({
        type: "COMPLAINT",
        status: "REOPENED",
        channel: "EMAIL",
        topicId: topicB,
        officePostcode: B.postcode,
        createdAt: reopenedFiled,
        dueAt: plus(reopenedFiled, 48),
        firstRepliedAt: plus(reopenedFiled, 7),
        answeredAt: plus(reopenedFiled, 100),
        answerRating: rating,
        answeredById: operatorB.id,
      }),
    );
  }
  // Not counted: the last Moscow second of 28 February, the first of 15 March.
  for (const filed of [at("2021-02-28T20:59:59Z"), at("2021-03-14T21:00:00Z")]) {
    rows.push(
      caseRow({
        type: "COMPLAINT",
        topicId: topicA,
        officePostcode: A.postcode,
        createdAt: filed,
        dueAt: plus(filed, 1),
        answerRating: 1,
      }),
    );
  }
  await db.case.createMany({ data: rows });

  // Not counted either: a duplicate merged into another case.
  const [kept] = await db.case.findMany({ where: { officePostcode: A.postcode, createdAt: complaintsFiled }, take: 1 });
  await db.case.create({
    data: caseRow({
      type: "COMPLAINT",
      topicId: topicA,
      officePostcode: A.postcode,
      createdAt: complaintsFiled,
      dueAt: plus(complaintsFiled, 1),
      answeredAt: plus(complaintsFiled, 2),
      answerRating: 1,
      mergedIntoId: kept.id,
    }),
  });
});

const volumes = (rows: { key: string | null; count: number }[]) => rows.map((row) => [row.key, row.count]);

describe("volumes", () => {
  it("by topic, most first, with the topics' names", async () => {
    const rows = await volumesBy("topic", query(), analyst);
    expect(volumes(rows)).toEqual([
      [topicA, 14],
      [null, 14],
      [topicB, 8],
    ]);
    expect(rows[0]).toMatchObject({ labelRu: "Тема А", labelEn: "Topic A" });
  });

  it("by region, by office and by channel", async () => {
    expect(volumes(await volumesBy("region", query(), analyst))).toEqual([
      [A.region, 21],
      [C.region, 11],
      [null, 4],
    ]);
    const offices = await volumesBy("office", query(), analyst);
    expect(volumes(offices)).toEqual([
      [A.postcode, 13],
      [C.postcode, 11],
      [B.postcode, 8],
      [null, 4],
    ]);
    expect(offices[0].labelRu).toBe(A.name);
    expect(volumes(await volumesBy("channel", query(), analyst))).toEqual([
      ["WEB", 22],
      ["API", 6],
      ["EMAIL", 8],
    ]);
  });

  it("by ISO week in Moscow time, a quiet week included", async () => {
    expect(await volumesBy("week", query(), analyst)).toEqual([
      { key: "2021-W09", labelRu: "2021-03-01", labelEn: "2021-03-01", count: 15 },
      { key: "2021-W10", labelRu: "2021-03-08", labelEn: "2021-03-08", count: 21 },
    ]);
    expect(volumes(await volumesBy("week", query({ to: "2021-03-21" }), analyst))).toEqual([
      ["2021-W09", 15],
      ["2021-W10", 21],
      ["2021-W11", 1],
    ]);
  });

  it("of one type only", async () => {
    expect(volumes(await volumesBy("channel", query({ type: "CLAIM" }), analyst))).toEqual([["API", 6]]);
  });
});

describe("answers on time", () => {
  it("counts the types with a legal term, their total, and queue reports apart; office ratings never", async () => {
    // Late: answered after the deadline, or open past it (the paused claim is pending, not late).
    expect(await onTimeShare(query(), analyst)).toEqual([
      { type: "COMPLAINT", onTime: 9, late: 7, pending: 0, closedUnanswered: 0, share: 56.3 },
      { type: "CLAIM", onTime: 0, late: 2, pending: 4, closedUnanswered: 0, share: 0 },
      { type: null, onTime: 9, late: 9, pending: 4, closedUnanswered: 0, share: 50 },
      { type: "QUEUE_REPORT", onTime: 6, late: 0, pending: 0, closedUnanswered: 0, share: 100 },
    ]);
    expect(await onTimeShare(query({ type: "RATING" }), analyst)).toEqual([]);
    expect(await onTimeShare(query({ type: "QUEUE_REPORT" }), analyst)).toEqual([
      { type: "QUEUE_REPORT", onTime: 6, late: 0, pending: 0, closedUnanswered: 0, share: 100 },
    ]);
  });

  it("judges open cases against the given moment", async () => {
    const early = parseReportQuery({ from: "2021-03-01", to: "2021-03-14", type: "CLAIM" }, at("2021-03-10T00:00:00Z"));
    expect((await onTimeShare(early, analyst)).at(-1)).toEqual({
      type: null,
      onTime: 0,
      late: 0,
      pending: 6,
      closedUnanswered: 0,
      share: null,
    });
  });
});

describe("the overdue list", () => {
  it("names the open cases past their deadline at the given moment, never a paused one, the longest overdue first", async () => {
    const expected = await db.case.findMany({
      where: {
        createdAt: { gte: at("2021-02-28T21:00:00Z"), lt: at("2021-03-14T21:00:00Z") },
        status: { in: ["IN_PROGRESS", "REOPENED"] },
        dueAt: { lt: NOW },
        mergedIntoId: null,
      },
      select: { number: true },
    });
    expect(expected).toHaveLength(4);
    expect(await overdueCaseNumbers(query(), analyst)).toEqual(expected.map((row) => row.number).sort());
    expect(await overdueCaseNumbers(query(), { role: "OFFICE_HEAD", officePostcodes: [C.postcode] })).toEqual([]);
    expect(
      await overdueCaseNumbers(
        parseReportQuery({ from: "2021-03-01", to: "2021-03-14" }, at("2021-03-10T00:00:00Z")),
        analyst,
      ),
    ).toEqual([]);
  });
});

describe("satisfaction after the answer", () => {
  it("by the operator who answered: answers given in the period, the mean with one decimal, each score's count", async () => {
    expect(await satisfactionBy("operator", query(), analyst)).toEqual([
      {
        key: operatorA.id,
        labelRu: operatorA.name,
        labelEn: operatorA.name,
        count: 8,
        mean: 4.1,
        scores: [0, 2, 0, 1, 5],
      },
      {
        key: operatorB.id,
        labelRu: operatorB.name,
        labelEn: operatorB.name,
        count: 4,
        mean: 2.5,
        scores: [1, 0, 3, 0, 0],
      },
    ]);
    // The answers given on 16 March are rated in the period that holds them.
    expect(await satisfactionBy("operator", query({ to: "2021-03-21" }), analyst)).toContainEqual(
      expect.objectContaining({ key: operatorB.id, count: 6, scores: [2, 0, 3, 0, 1] }),
    );
  });

  it("by office, topic and week of the answer", async () => {
    expect(await satisfactionBy("office", query(), analyst)).toEqual([
      { key: A.postcode, labelRu: A.name, labelEn: A.name, count: 9, mean: 3.9, scores: [1, 0, 3, 0, 5] },
      { key: null, labelRu: null, labelEn: null, count: 3, mean: 2.7, scores: [0, 2, 0, 1, 0] },
    ]);
    expect(await satisfactionBy("topic", query(), analyst)).toEqual([
      { key: topicA, labelRu: "Тема А", labelEn: "Topic A", count: 12, mean: 3.6, scores: [1, 2, 3, 1, 5] },
    ]);
    expect(await satisfactionBy("week", query(), analyst)).toEqual([
      { key: "2021-W09", labelRu: "2021-03-01", labelEn: "2021-03-01", count: 12, mean: 3.6, scores: [1, 2, 3, 1, 5] },
      { key: "2021-W10", labelRu: "2021-03-08", labelEn: "2021-03-08", count: 0, mean: null, scores: [0, 0, 0, 0, 0] },
    ]);
  });

  it("for an office head, of their offices only", async () => {
    const headOfAB: TReportViewer = { role: "OFFICE_HEAD", officePostcodes: [A.postcode, B.postcode] };
    expect(await satisfactionBy("operator", query(), headOfAB)).toEqual([
      expect.objectContaining({ key: operatorA.id, count: 5, mean: 5 }),
      expect.objectContaining({ key: operatorB.id, count: 4, mean: 2.5 }),
    ]);
    expect(await satisfactionBy("office", query(), { role: "OFFICE_HEAD", officePostcodes: [C.postcode] })).toEqual([]);
  });
});

describe("answer times", () => {
  it("gives the median and 90th percentile in hours with one decimal, by type and for all", async () => {
    expect(await answerTimes(query(), analyst)).toEqual([
      {
        type: "COMPLAINT",
        firstReply: { count: 12, median: 6.5, p90: 8.9 },
        answer: { count: 16, median: 45, p90: 100 },
      },
      { type: "CLAIM", firstReply: { count: 2, median: 2.9, p90: 3.2 }, answer: { count: 0, median: null, p90: null } },
      {
        type: "RATING",
        firstReply: { count: 0, median: null, p90: null },
        answer: { count: 0, median: null, p90: null },
      },
      {
        type: "QUEUE_REPORT",
        firstReply: { count: 0, median: null, p90: null },
        answer: { count: 6, median: 1, p90: 1 },
      },
      { type: null, firstReply: { count: 14, median: 5.5, p90: 8.7 }, answer: { count: 22, median: 24, p90: 99 } },
    ]);
  });
});

describe("ratings", () => {
  it("of answers given in the period: each score's count and the mean", async () => {
    expect(await answerRatings(query(), analyst)).toEqual({
      distribution: [
        { score: 1, count: 1 },
        { score: 2, count: 2 },
        { score: 3, count: 3 },
        { score: 4, count: 1 },
        { score: 5, count: 5 },
      ],
      count: 12,
      mean: 3.6,
    });
  });

  it("of offices: most rated first, whatever the type filter", async () => {
    const expected = [
      { postcode: C.postcode, name: C.name, region: C.region, count: 5, mean: 2.6, scores: [1, 2, 1, 0, 1] },
      { postcode: A.postcode, name: A.name, region: A.region, count: 3, mean: 4.33, scores: [0, 0, 0, 2, 1] },
    ];
    expect(await officeRatings(query(), analyst)).toEqual(expected);
    expect(await officeRatings(query({ type: "COMPLAINT" }), analyst)).toEqual(expected);
  });
});

describe("an office head", () => {
  const headOfC: TReportViewer = { role: "OFFICE_HEAD", officePostcodes: [C.postcode] };
  const headOfAB: TReportViewer = { role: "OFFICE_HEAD", officePostcodes: [A.postcode, B.postcode] };

  it("sees their offices' figures only", async () => {
    expect(volumes(await volumesBy("office", query(), headOfC))).toEqual([[C.postcode, 11]]);
    expect(volumes(await volumesBy("channel", query(), headOfC))).toEqual([
      ["WEB", 5],
      ["EMAIL", 6],
    ]);
    expect(volumes(await volumesBy("topic", query(), headOfAB))).toEqual([
      [topicA, 10],
      [topicB, 8],
      [null, 3],
    ]);
    expect(volumes(await volumesBy("week", query(), headOfC))).toEqual([
      ["2021-W09", 1],
      ["2021-W10", 10],
    ]);
    expect(await onTimeShare(query(), headOfC)).toEqual([
      { type: "QUEUE_REPORT", onTime: 6, late: 0, pending: 0, closedUnanswered: 0, share: 100 },
    ]);
    expect((await answerTimes(query(), headOfAB)).at(-1)).toMatchObject({
      firstReply: { count: 14 },
      answer: { count: 12 },
    });
    expect(await answerRatings(query(), headOfC)).toEqual({
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: 0 })),
      count: 0,
      mean: null,
    });
    expect((await officeRatings(query(), headOfC)).map((row) => row.postcode)).toEqual([C.postcode]);
  });

  it("without offices sees nothing", async () => {
    const headOfNone: TReportViewer = { role: "OFFICE_HEAD", officePostcodes: [] };
    expect(await volumesBy("office", query(), headOfNone)).toEqual([]);
    expect(await officeRatings(query(), headOfNone)).toEqual([]);
  });
});

describe("report tables (what the page and the CSV show)", () => {
  // Keys instead of texts, so the test reads what each cell is.
  const t: TReportTranslate = (key, values) => (values ? `${key}${JSON.stringify(values)}` : key);

  it("name volume rows in the user's language, and say when nothing is given", async () => {
    const ru = await reportTable("topic", query(), analyst, t, { locale: "ru" });
    expect(ru.columns).toEqual(["columns.topic", "columns.cases"]);
    expect(ru.rows).toEqual([
      ["Тема А", 14],
      ["values.noTopic", 14],
      ["Тема Б", 8],
    ]);
    expect((await reportTable("topic", query(), analyst, t, { locale: "en" })).rows[0]).toEqual(["Topic A", 14]);
    expect((await reportTable("channel", query(), analyst, t, { locale: "ru" })).rows).toEqual([
      ["channels.WEB", 22],
      ["channels.API", 6],
      ["channels.EMAIL", 8],
    ]);
    expect((await reportTable("office", query(), analyst, t, { locale: "ru" })).rows.at(-1)).toEqual([
      "values.none",
      null,
      4,
    ]);
  });

  it("give answer ratings with their total and mean, and office ratings with each score", async () => {
    expect((await reportTable("answer-ratings", query(), analyst, t, { locale: "ru" })).rows).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 1],
      [5, 5],
      ["values.total", 12],
      ["columns.mean", 3.6],
    ]);
    const offices = await reportTable("office-ratings", query(), analyst, t, { locale: "ru" });
    expect(offices.columns.slice(-2)).toEqual(['columns.scoreCount{"score":4}', 'columns.scoreCount{"score":5}']);
    expect(offices.rows[0]).toEqual([C.postcode, C.name, C.region, 5, 2.6, 1, 2, 1, 0, 1]);
  });

  it("name the on-time lines: each type with a legal term, their total, queue reports against the target", async () => {
    const onTime = await reportTable("on-time", query(), analyst, t, { locale: "ru" });
    expect(onTime.rows.map((row) => row[0])).toEqual([
      "types.COMPLAINT",
      "types.CLAIM",
      "values.legalTotal",
      "values.queueTarget",
    ]);
    expect(onTime.chart?.data.map((bar) => bar.share)).toEqual([56.3, 0, 50, 100]);
  });

  it("chart nothing, not zero, where no case had the figure yet", async () => {
    const early = parseReportQuery({ from: "2021-03-01", to: "2021-03-14", type: "CLAIM" }, at("2021-03-10T00:00:00Z"));
    expect(
      (await reportTable("on-time", early, analyst, t, { locale: "ru" })).chart?.data.map((bar) => bar.share),
    ).toEqual([null, null]);
  });

  it("give satisfaction by operator with each score, and the overdue list as a list without a chart", async () => {
    const byOperator = await reportTable("satisfaction-operator", query(), analyst, t, { locale: "ru" });
    expect(byOperator.columns).toEqual([
      "columns.operator",
      "columns.ratings",
      "columns.mean",
      ...[1, 2, 3, 4, 5].map((score) => `columns.scoreCount{"score":${score}}`),
    ]);
    expect(byOperator.rows).toEqual([
      [operatorA.name, 8, 4.1, 0, 2, 0, 1, 5],
      [operatorB.name, 4, 2.5, 1, 0, 3, 0, 0],
    ]);
    const overdue = await reportTable("overdue", query(), analyst, t, { locale: "ru" });
    expect(overdue.chart).toBeUndefined();
    // Reopened complaints due 14 March 08:00 UTC first, 10 whole days before "now"; the page and the CSV write
    // the moment column in the operator's zone.
    expect(overdue.momentColumns).toEqual([5]);
    expect(overdue.rows[0]).toEqual([
      expect.any(String),
      "types.COMPLAINT",
      B.postcode,
      B.name,
      "values.unassigned",
      new Date("2021-03-14T08:00:00.000Z"),
      10,
    ]);
    expect(overdue.rows).toHaveLength(4);
  });
});
