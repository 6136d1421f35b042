import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { hoursBetween, reportCases, reportRows, type TReportViewer } from "./scope";

/** Median and 90th percentile of a duration, in hours with one decimal; null when no case has it yet. */
export type TDurationStats = { count: number; median: number | null; p90: number | null };

/** Time to the first reply and to the answer, counted from filing, per case type and (type null) for all. */
export type TAnswerTimesRow = { type: CaseType | null; firstReply: TDurationStats; answer: TDurationStats };

type TRawRow = {
  type: CaseType | null;
  firstReplyCount: number;
  firstReplyMedian: number | null;
  firstReplyP90: number | null;
  answerCount: number;
  answerMedian: number | null;
  answerP90: number | null;
};

/**
 * The median and the 90th percentile come from one sort of the durations: percentile_cont over an array of
 * fractions computes each as it would alone (it interpolates: the median of 2 and 4 hours is 3, and it skips
 * the cases without the moment). Rounded to one decimal outside, where the array is taken apart. The cases
 * are grouped by the type's name, not the type: grouped by the type itself, the planner walks the
 * (type, createdAt) index for its order and reads every case's row, where the covering index
 * (case_report_created_idx) and one sort in memory cost a third of that.
 */
const rounded = (array: string, index: number) => Prisma.raw(`round((${array})[${index}]::numeric, 1)::float8`);

export async function answerTimes(query: TReportQuery, user: TReportViewer): Promise<TAnswerTimesRow[]> {
  const firstReply = hoursBetween(Prisma.sql`c."firstRepliedAt"`, Prisma.sql`c."createdAt"`);
  const answer = hoursBetween(Prisma.sql`c."answeredAt"`, Prisma.sql`c."createdAt"`);
  const rows = await reportRows<TRawRow>(Prisma.sql`
    SELECT "type", "firstReplyCount", ${rounded('"firstReply"', 1)} AS "firstReplyMedian",
      ${rounded('"firstReply"', 2)} AS "firstReplyP90", "answerCount",
      ${rounded('"answer"', 1)} AS "answerMedian", ${rounded('"answer"', 2)} AS "answerP90"
    FROM (
      SELECT c."type"::text AS "type", min(c."type") AS "sortType", GROUPING(c."type"::text) AS "isAll",
        count(c."firstRepliedAt")::int AS "firstReplyCount",
        percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${firstReply}) AS "firstReply",
        count(c."answeredAt")::int AS "answerCount",
        percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${answer}) AS "answer"
      FROM "Case" c
      WHERE ${reportCases(query, user)}
      GROUP BY GROUPING SETS ((c."type"::text), ())
    ) AS "times"
    ORDER BY "isAll", "sortType"`);
  return rows.map((row) => ({
    type: row.type,
    firstReply: { count: row.firstReplyCount, median: row.firstReplyMedian, p90: row.firstReplyP90 },
    answer: { count: row.answerCount, median: row.answerMedian, p90: row.answerP90 },
  }));
}
