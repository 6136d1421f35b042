import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { answerTimes } from "./answer-times";
import { parseReportQuery } from "./schemas";
import type { TReportViewer } from "./scope";

/*
 * Answer times over thousands of cases, so each percentile falls inside a bucket that holds many durations
 * (lib/reports/duration-percentiles.ts), set against percentile_cont over the same cases. The cases are filed
 * in February 2019 at an office of their own, read by its head: no other test's cases enter the figures.
 */
const HOUR = 3_600_000;
const OFFICE = { postcode: "990201", name: "Отделение сроков ответа", region: "Область сроков" };
const head: TReportViewer = { role: "OFFICE_HEAD", officePostcodes: [OFFICE.postcode] };
const NOW = new Date("2019-03-10T00:00:00Z");
const query = (params: Record<string, string> = {}) =>
  parseReportQuery({ from: "2019-02-01", to: "2019-02-28", ...params }, NOW);

/** A well-mixed number in [0, 1) from the case's number: the same cases on every run. */
const mixed = (i: number, salt: number) => {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

function caseRow(i: number, fields: Partial<Prisma.CaseCreateManyInput>): Prisma.CaseCreateManyInput {
  return {
    number: `AT-2019-${randomBytes(5).toString("hex")}`,
    type: "COMPLAINT",
    status: "ANSWERED",
    applicantName: "Сроков Тест",
    applicantEmail: "answer-times@mail.example",
    text: "Обращение для сроков ответа",
    officePostcode: OFFICE.postcode,
    region: OFFICE.region,
    createdAt: new Date(Date.UTC(2019, 1, 1, 12) + (i % 20) * 24 * HOUR + i * 1000),
    ...fields,
  };
}

beforeAll(async () => {
  await db.office.upsert({ where: { postcode: OFFICE.postcode }, create: { ...OFFICE, type: "О" }, update: OFFICE });
  const rows: Prisma.CaseCreateManyInput[] = [];
  for (let i = 0; i < 3000; i++) {
    const base = caseRow(i, { type: i % 4 === 0 ? "CLAIM" : "COMPLAINT" });
    const filed = (base.createdAt as Date).getTime();
    // Durations from seconds to months on a skewed scale, to the millisecond; every seventh at exactly a
    // day (ties), some without a reply or an answer yet, and a few replies stamped before the filing.
    const hours = i % 7 === 0 ? 24 : 2000 * mixed(i, 1) ** 3;
    const replied = i % 11 === 0 ? null : new Date(filed + Math.round((i % 97 === 0 ? -3 : hours / 5) * HOUR));
    const answered = i % 13 === 0 ? null : new Date(filed + Math.round(hours * HOUR * (0.5 + mixed(i, 2))));
    rows.push({ ...base, firstRepliedAt: replied, answeredAt: answered });
  }
  // Queue reports answered after 1 and 100 hours (the median falls between them, in different buckets), and
  // one not answered yet.
  const filed = new Date(Date.UTC(2019, 1, 3));
  for (const [i, hours] of [
    [3000, 1],
    [3001, 100],
    [3002, null],
  ] as const) {
    const answeredAt = hours === null ? null : new Date(filed.getTime() + hours * HOUR);
    rows.push(caseRow(i, { type: "QUEUE_REPORT", createdAt: filed, answeredAt }));
  }
  await db.case.createMany({ data: rows });
});

/** The figures as percentile_cont gives them, over every duration of the period's cases at the office. */
async function expectedTimes(from: string, to: string) {
  const hours = (moment: string) => Prisma.raw(`(date_part('epoch', c."${moment}" - c."createdAt") / 3600)`);
  const percentile = (moment: string, fraction: number) =>
    Prisma.sql`round((percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY ${hours(moment)}))::numeric, 1)::float8`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT c."type"::text AS "type", count(c."firstRepliedAt")::int AS "firstReplyCount",
      ${percentile("firstRepliedAt", 0.5)} AS "firstReplyMedian", ${percentile("firstRepliedAt", 0.9)} AS "firstReplyP90",
      count(c."answeredAt")::int AS "answerCount",
      ${percentile("answeredAt", 0.5)} AS "answerMedian", ${percentile("answeredAt", 0.9)} AS "answerP90"
    FROM "Case" c
    WHERE c."officePostcode" = ${OFFICE.postcode} AND c."createdAt" >= ${from}::timestamp
      AND c."createdAt" < ${to}::timestamp
    GROUP BY GROUPING SETS ((c."type"), ())
    ORDER BY GROUPING(c."type"), c."type"`);
  return rows.map((row) => ({
    type: row.type,
    firstReply: { count: row.firstReplyCount, median: row.firstReplyMedian, p90: row.firstReplyP90 },
    answer: { count: row.answerCount, median: row.answerMedian, p90: row.answerP90 },
  }));
}

describe("answer times over many cases", () => {
  it("give percentile_cont's figures to the last decimal, by type and for all", async () => {
    // February 2019 in Moscow time is 31 January 21:00 to 28 February 21:00 UTC.
    const expected = await expectedTimes("2019-01-31 21:00", "2019-02-28 21:00");
    expect(expected.map((row) => row.type)).toEqual(["COMPLAINT", "CLAIM", "QUEUE_REPORT", null]);
    expect(expected.at(-1)?.firstReply.count).toBeGreaterThan(2500);
    expect(await answerTimes(query(), head)).toEqual(expected);
  });

  it("interpolate between two durations far apart, and skip the cases without the moment", async () => {
    const queue = (await answerTimes(query({ type: "QUEUE_REPORT" }), head)).find((row) => row.type === "QUEUE_REPORT");
    expect(queue).toEqual({
      type: "QUEUE_REPORT",
      firstReply: { count: 0, median: null, p90: null },
      answer: { count: 2, median: 50.5, p90: 90.1 },
    });
  });

  it("give the same over a part of the period", async () => {
    const expected = await expectedTimes("2019-02-09 21:00", "2019-02-14 21:00");
    expect(await answerTimes(query({ from: "2019-02-10", to: "2019-02-14" }), head)).toEqual(expected);
  });

  it("give a line for all with no figures when nothing was filed", async () => {
    expect(await answerTimes(query({ from: "2019-02-25", to: "2019-02-28" }), head)).toEqual([
      { type: null, firstReply: { count: 0, median: null, p90: null }, answer: { count: 0, median: null, p90: null } },
    ]);
  });
});
