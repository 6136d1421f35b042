import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { hoursBetween, reportCases, type TReportViewer } from "./scope";

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

/** percentile_cont interpolates (the median of 2 and 4 hours is 3); it skips the cases without the moment. */
function percentile(fraction: number, hours: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round((percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY ${hours}))::numeric, 1)::float8`;
}

export async function answerTimes(query: TReportQuery, user: TReportViewer): Promise<TAnswerTimesRow[]> {
  const firstReply = hoursBetween(Prisma.sql`c."firstRepliedAt"`, Prisma.sql`c."createdAt"`);
  const answer = hoursBetween(Prisma.sql`c."answeredAt"`, Prisma.sql`c."createdAt"`);
  const rows = await db.$queryRaw<TRawRow[]>(Prisma.sql`
    SELECT c."type"::text AS "type",
      count(c."firstRepliedAt")::int AS "firstReplyCount",
      ${percentile(0.5, firstReply)} AS "firstReplyMedian",
      ${percentile(0.9, firstReply)} AS "firstReplyP90",
      count(c."answeredAt")::int AS "answerCount",
      ${percentile(0.5, answer)} AS "answerMedian",
      ${percentile(0.9, answer)} AS "answerP90"
    FROM "Case" c
    WHERE ${reportCases(query, user)}
    GROUP BY GROUPING SETS ((c."type"), ())
    ORDER BY GROUPING(c."type"), c."type"`);
  return rows.map((row) => ({
    type: row.type,
    firstReply: { count: row.firstReplyCount, median: row.firstReplyMedian, p90: row.firstReplyP90 },
    answer: { count: row.answerCount, median: row.answerMedian, p90: row.answerP90 },
  }));
}
