import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

import type { TReportQuery } from "./schemas";
import { hoursBetween, reportCases, type TReportViewer } from "./scope";

const FIRST_REPLIED = Prisma.sql`c."firstRepliedAt"`;
const ANSWERED = Prisma.sql`c."answeredAt"`;
const FIRST_REPLY = hoursBetween(FIRST_REPLIED, Prisma.sql`c."createdAt"`);
const ANSWER = hoursBetween(ANSWERED, Prisma.sql`c."createdAt"`);

/**
 * A duration's bucket, on a logarithmic scale of minutes (40 buckets to each factor of e), so a bucket is
 * about 2.5 % of its durations wide whatever their scale, minutes or months; and any two durations keep their
 * order (a shorter one is never
 * in a later bucket), which is all the percentiles below rely on; none without the moment (greatest would
 * take a missing duration for 0, so the moment is asked for first). Spelt exactly as the statistics object
 * case_answer_time_buckets (migration 20261205020200) spells it: the planner matches the expression, and
 * without its statistics takes every case for a bucket of its own and counts them alone rather than in
 * parallel workers.
 */
const bucket = (moment: Prisma.Sql, hours: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${moment} IS NOT NULL THEN floor(40 * ln(1 + 60 * greatest(${hours}, 0))) END)`;
const FIRST_REPLY_BUCKET = bucket(FIRST_REPLIED, FIRST_REPLY);
const ANSWER_BUCKET = bucket(ANSWERED, ANSWER);

const FRACTIONS = Prisma.sql`(VALUES (0.5::float8), (0.9::float8))`;

/**
 * The median and the 90th percentile of the time to the first reply (measure 1) and to the answer (measure
 * 2), per type of the cases filed in the period and for all, exactly as percentile_cont gives them — the two
 * values at ranks floor and ceil of fraction × (count − 1) in the durations' order, interpolated (the median
 * of 2 and 4 hours is 3) — rounded to one decimal; cases without the moment are left out. Without sorting
 * every duration of the period (a year at a million cases sorted 3.2 million values, most of the report's
 * time): one pass counts the cases by type and bucket, in parallel workers; the counts say in which bucket and
 * where in it each of the ranks lies; a second pass takes only the durations of those few buckets, and those
 * are sorted. One statement, so both passes read the same cases.
 */
export function durationPercentiles(query: TReportQuery, user: TReportViewer): Prisma.Sql {
  const where = reportCases(query, user);
  return Prisma.sql`
    WITH "histogram" AS (
      SELECT c."type", ${FIRST_REPLY_BUCKET} AS "b1", ${ANSWER_BUCKET} AS "b2", count(*) AS "cases"
      FROM "Case" c
      WHERE ${where}
      GROUP BY 1, 2, 3
    ), "buckets" AS (
      SELECT CASE WHEN GROUPING("type") = 1 THEN '' ELSE "type"::text END AS "group", 1 AS "measure",
        "b1" AS "bucket", sum("cases")::bigint AS "n"
      FROM "histogram" WHERE "b1" IS NOT NULL
      GROUP BY GROUPING SETS (("type", "b1"), ("b1"))
      UNION ALL
      SELECT CASE WHEN GROUPING("type") = 1 THEN '' ELSE "type"::text END, 2, "b2", sum("cases")::bigint
      FROM "histogram" WHERE "b2" IS NOT NULL
      GROUP BY GROUPING SETS (("type", "b2"), ("b2"))
    ), "spans" AS (
      SELECT *, (sum("n") OVER ("whole" ORDER BY "bucket") - "n")::bigint AS "before",
        (sum("n") OVER "whole")::bigint AS "total"
      FROM "buckets"
      WINDOW "whole" AS (PARTITION BY "group", "measure")
    ), "targets" AS (
      SELECT s."group", s."measure", f."fraction", f."fraction" * (s."total" - 1)::float8 AS "position",
        r."which", s."bucket", r."rank" - s."before" AS "offset"
      FROM "spans" s
      CROSS JOIN ${FRACTIONS} AS f("fraction")
      CROSS JOIN LATERAL (
        VALUES (0, floor(f."fraction" * (s."total" - 1)::float8)::bigint),
          (1, ceil(f."fraction" * (s."total" - 1)::float8)::bigint)
      ) AS r("which", "rank")
      WHERE r."rank" >= s."before" AND r."rank" < s."before" + s."n"
    ), "near" AS (
      SELECT c."type", ${FIRST_REPLY_BUCKET} AS "b1", ${FIRST_REPLY} AS "d1", ${ANSWER_BUCKET} AS "b2",
        ${ANSWER} AS "d2"
      FROM "Case" c
      WHERE ${where}
        AND (${FIRST_REPLY_BUCKET} = ANY ((SELECT array_agg(DISTINCT "bucket") FROM "targets" WHERE "measure" = 1)::float8[])
          OR ${ANSWER_BUCKET} = ANY ((SELECT array_agg(DISTINCT "bucket") FROM "targets" WHERE "measure" = 2)::float8[]))
    ), "durations" AS (
      SELECT "type", 1 AS "measure", "b1" AS "bucket", "d1" AS "d" FROM "near"
      WHERE "b1" IN (SELECT "bucket" FROM "targets" WHERE "measure" = 1)
      UNION ALL
      SELECT "type", 2, "b2", "d2" FROM "near"
      WHERE "b2" IN (SELECT "bucket" FROM "targets" WHERE "measure" = 2)
    ), "sorted" AS (
      SELECT "type"::text AS "group", "measure", "bucket", array_agg("d" ORDER BY "d") AS "ds"
      FROM "durations" GROUP BY 1, 2, 3
      UNION ALL
      SELECT '', "measure", "bucket", array_agg("d" ORDER BY "d") FROM "durations" GROUP BY 2, 3
    ), "ends" AS (
      SELECT t."group", t."measure", t."fraction", t."position",
        min(s."ds"[t."offset" + 1]) FILTER (WHERE t."which" = 0) AS "low",
        min(s."ds"[t."offset" + 1]) FILTER (WHERE t."which" = 1) AS "high"
      FROM "targets" t
      JOIN "sorted" s USING ("group", "measure", "bucket")
      GROUP BY 1, 2, 3, 4
    ), "percentiles" AS (
      -- percentile_cont's own arithmetic (float8_lerp), so the figures agree to the last bit.
      SELECT "group", "measure", "fraction", round((CASE WHEN floor("position") = ceil("position") THEN "low"
        ELSE "low" + ("position" - floor("position")) * ("high" - "low") END)::numeric, 1)::float8 AS "value"
      FROM "ends"
    ), "lines" AS (
      SELECT "type", GROUPING("type") AS "isAll",
        CASE WHEN GROUPING("type") = 1 THEN '' ELSE "type"::text END AS "group",
        (sum("cases") FILTER (WHERE "b1" IS NOT NULL))::int AS "firstReplyCount",
        (sum("cases") FILTER (WHERE "b2" IS NOT NULL))::int AS "answerCount"
      FROM "histogram"
      GROUP BY GROUPING SETS (("type"), ())
    )
    SELECT l."type"::text AS "type", coalesce(l."firstReplyCount", 0) AS "firstReplyCount",
      (SELECT "value" FROM "percentiles" p WHERE p."group" = l."group" AND "measure" = 1 AND "fraction" = 0.5)
        AS "firstReplyMedian",
      (SELECT "value" FROM "percentiles" p WHERE p."group" = l."group" AND "measure" = 1 AND "fraction" = 0.9)
        AS "firstReplyP90",
      coalesce(l."answerCount", 0) AS "answerCount",
      (SELECT "value" FROM "percentiles" p WHERE p."group" = l."group" AND "measure" = 2 AND "fraction" = 0.5)
        AS "answerMedian",
      (SELECT "value" FROM "percentiles" p WHERE p."group" = l."group" AND "measure" = 2 AND "fraction" = 0.9)
        AS "answerP90"
    FROM "lines" l
    ORDER BY l."isAll", l."type"`;
}
