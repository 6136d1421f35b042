import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { weekSql } from "@/lib/time/operator-day-sql";

import { quarterHourSql, reportWeeksSql, weekKeySql } from "./report-weeks";
import type { TReportQuery, TSatisfactionDimension } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/**
 * One line of a satisfaction report: what the rated answers share (a staff member's id, a postcode, a topic's
 * id, an ISO week such as 2026-W05; null when not recorded), its names, how many ratings, their mean (one
 * decimal; null for a week without any) and how many gave each score 1–5.
 */
export type TSatisfactionRow = {
  key: string | null;
  labelRu: string | null;
  labelEn: string | null;
  count: number;
  mean: number | null;
  scores: [number, number, number, number, number];
};

type TRawRow = Omit<TSatisfactionRow, "scores"> & { s1: number; s2: number; s3: number; s4: number; s5: number };

const FIGURES = Prisma.sql`
  count(c."answerRating")::int AS "count",
  round(avg(c."answerRating"), 1)::float8 AS "mean",
  count(*) FILTER (WHERE c."answerRating" = 1)::int AS "s1",
  count(*) FILTER (WHERE c."answerRating" = 2)::int AS "s2",
  count(*) FILTER (WHERE c."answerRating" = 3)::int AS "s3",
  count(*) FILTER (WHERE c."answerRating" = 4)::int AS "s4",
  count(*) FILTER (WHERE c."answerRating" = 5)::int AS "s5"`;

const ORDER = Prisma.sql`ORDER BY "count" DESC, "mean" DESC NULLS LAST, "labelRu" NULLS LAST`;

/**
 * Where each dimension's key and names come from: the case's column the ratings are counted by (as "ref"),
 * and the names joined to those few lines afterwards, not to every rated case.
 */
const DIMENSIONS: Record<
  Exclude<TSatisfactionDimension, "week">,
  { column: Prisma.Sql; select: Prisma.Sql; join: Prisma.Sql }
> = {
  // The staff member who sent the answer (Case.answeredById, set by the lifecycle when a reply answers).
  operator: {
    column: Prisma.sql`c."answeredById"`,
    select: Prisma.sql`s."id"::text AS "key", s."name" AS "labelRu", s."name" AS "labelEn"`,
    join: Prisma.sql`LEFT JOIN "StaffUser" s ON s."id" = n."ref"`,
  },
  office: {
    column: Prisma.sql`c."officePostcode"`,
    select: Prisma.sql`n."ref"::text AS "key", o."name" AS "labelRu", o."name" AS "labelEn"`,
    join: Prisma.sql`LEFT JOIN "Office" o ON o."postcode" = n."ref"`,
  },
  topic: {
    column: Prisma.sql`c."topicId"`,
    select: Prisma.sql`t."id"::text AS "key", t."nameRu" AS "labelRu", t."nameEn" AS "labelEn"`,
    join: Prisma.sql`LEFT JOIN "Topic" t ON t."id" = n."ref"`,
  },
};

function grouped(dimension: Exclude<TSatisfactionDimension, "week">, where: Prisma.Sql, limit: number): Prisma.Sql {
  const { column, select, join } = DIMENSIONS[dimension];
  return Prisma.sql`
    SELECT ${select}, n."count", n."mean", n."s1", n."s2", n."s3", n."s4", n."s5"
    FROM (
      SELECT ${column} AS "ref", ${FIGURES}
      FROM "Case" c
      WHERE ${where}
      GROUP BY ${column}
    ) AS n ${join}
    ${ORDER} LIMIT ${limit}`;
}

/**
 * The same figures from ratings counted by quarter hour (quarterHourSql), each score's count and the ratings'
 * sum beside: the mean is the same numeric division avg makes, of the same sum by the same count. One line per
 * quarter hour, not per quarter hour and score, so a fifth as many are turned into weeks.
 */
const QUARTER_FIGURES = Prisma.sql`
  count(*) AS "n", sum(c."answerRating") AS "sum",
  count(*) FILTER (WHERE c."answerRating" = 1) AS "s1",
  count(*) FILTER (WHERE c."answerRating" = 2) AS "s2",
  count(*) FILTER (WHERE c."answerRating" = 3) AS "s3",
  count(*) FILTER (WHERE c."answerRating" = 4) AS "s4",
  count(*) FILTER (WHERE c."answerRating" = 5) AS "s5"`;

const WEEK_FIGURES = Prisma.sql`
  coalesce(sum(r."n"), 0)::int AS "count",
  round(sum(r."sum")::numeric / sum(r."n"), 1)::float8 AS "mean",
  coalesce(sum(r."s1"), 0)::int AS "s1",
  coalesce(sum(r."s2"), 0)::int AS "s2",
  coalesce(sum(r."s3"), 0)::int AS "s3",
  coalesce(sum(r."s4"), 0)::int AS "s4",
  coalesce(sum(r."s5"), 0)::int AS "s5"`;

/** ISO weeks of the range (Moscow time) by the answer's week, each listed even without a rating. */
function byWeek(query: TReportQuery, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH weeks AS (
      ${reportWeeksSql(query)}
    ), rated AS (
      SELECT ${weekSql(Prisma.sql`q."quarter"`)} AS "week", q."n", q."sum", q."s1", q."s2", q."s3", q."s4", q."s5"
      FROM (
        SELECT ${quarterHourSql(Prisma.sql`c."answeredAt"`)} AS "quarter", ${QUARTER_FIGURES}
        FROM "Case" c
        WHERE ${where}
        GROUP BY 1
      ) AS q
    )
    SELECT ${weekKeySql(Prisma.sql`w."week"`)}, ${WEEK_FIGURES}
    FROM weeks w LEFT JOIN rated r ON r."week" = w."week"
    GROUP BY w."week"
    ORDER BY w."week"`;
}

/**
 * How applicants rated the answers given in the period (answered within the range, their latest rating), by
 * the operator who answered, the office, the topic or the week of the answer. Office heads see their offices'.
 */
export async function satisfactionBy(
  dimension: TSatisfactionDimension,
  query: TReportQuery,
  user: TReportViewer,
  options: { limit?: number } = {},
): Promise<TSatisfactionRow[]> {
  const where = Prisma.sql`${reportCases(query, user, { by: "answeredAt" })} AND c."answerRating" IS NOT NULL`;
  const sql = dimension === "week" ? byWeek(query, where) : grouped(dimension, where, options.limit ?? 100_000);
  const rows = await reportRows<TRawRow>(sql);
  return rows.map(({ s1, s2, s3, s4, s5, ...row }) => ({ ...row, scores: [s1, s2, s3, s4, s5] }));
}
