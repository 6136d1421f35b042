import "server-only";

import type { CaseType } from "@/lib/generated/prisma/enums";

import { durationPercentiles } from "./duration-percentiles";
import type { TReportQuery } from "./schemas";
import { reportRows, type TReportViewer } from "./scope";

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
 * One line per type that has a case in the period, in the types' order, and one for all of them; the
 * percentiles as percentile_cont gives them (see durationPercentiles), rounded to one decimal.
 */
export async function answerTimes(query: TReportQuery, user: TReportViewer): Promise<TAnswerTimesRow[]> {
  const rows = await reportRows<TRawRow>(durationPercentiles(query, user));
  return rows.map((row) => ({
    type: row.type,
    firstReply: { count: row.firstReplyCount, median: row.firstReplyMedian, p90: row.firstReplyP90 },
    answer: { count: row.answerCount, median: row.answerMedian, p90: row.answerP90 },
  }));
}
