import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/** 59-ФЗ ст. 8 ч. 3: an appeal outside the department's competence is forwarded within 7 days of registration. */
export const FORWARD_WITHIN_DAYS = 7;

/**
 * The outcomes 59-ФЗ allows besides an answer, per case type and (type null) for all: how many cases were
 * forwarded to the competent body, how many of them within 7 days of registration (of filing, for a case
 * never registered), how many were left without an answer and how many ended correspondence. These cases
 * are neither on time nor late in the on-time report. Only types with such a case have a line.
 */
export type TOutcomesRow = {
  type: CaseType | null;
  forwarded: number;
  forwardedInTime: number;
  leftUnanswered: number;
  correspondenceEnded: number;
};

export async function outcomeCounts(query: TReportQuery, user: TReportViewer): Promise<TOutcomesRow[]> {
  const forwardBy = Prisma.sql`coalesce(c."registeredAt", c."createdAt") + make_interval(days => ${FORWARD_WITHIN_DAYS})`;
  return reportRows<TOutcomesRow>(Prisma.sql`
    SELECT c."type"::text AS "type",
      count(*) FILTER (WHERE c."status" = 'FORWARDED')::int AS "forwarded",
      count(*) FILTER (WHERE c."status" = 'FORWARDED' AND c."closedAt" <= ${forwardBy})::int AS "forwardedInTime",
      count(*) FILTER (WHERE c."status" = 'LEFT_UNANSWERED')::int AS "leftUnanswered",
      count(*) FILTER (WHERE c."status" = 'CORRESPONDENCE_ENDED')::int AS "correspondenceEnded"
    FROM "Case" c
    WHERE ${reportCases(query, user)} AND c."status" IN ('FORWARDED', 'LEFT_UNANSWERED', 'CORRESPONDENCE_ENDED')
    GROUP BY GROUPING SETS ((c."type"), ())
    HAVING count(*) > 0
    ORDER BY GROUPING(c."type"), c."type"`);
}
