import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { reportCases, type TReportViewer, utc } from "./scope";

/**
 * Answers against deadlines, per case type and (type null) for all. On time: answered by the deadline. Late:
 * answered after it, or still open past it (unless the clock is paused, waiting for the customer). Pending:
 * open and not yet due, or paused. Closed unanswered: closed without an answer (e.g. withdrawn). The share is
 * on time / (on time + late), in percent with one decimal; null when nothing was due yet.
 */
export type TOnTimeRow = {
  type: CaseType | null;
  onTime: number;
  late: number;
  pending: number;
  closedUnanswered: number;
  share: number | null;
};

export async function onTimeShare(query: TReportQuery, user: TReportViewer): Promise<TOnTimeRow[]> {
  const now = utc(query.now);
  const isOpen = Prisma.sql`c."answeredAt" IS NULL AND c."status" NOT IN ('ANSWERED', 'CLOSED')`;
  return db.$queryRaw<TOnTimeRow[]>(Prisma.sql`
    WITH judged AS (
      SELECT c."type"::text AS "type", c."type" AS "sortType", GROUPING(c."type") AS "isTotal",
        count(*) FILTER (WHERE c."answeredAt" <= c."dueAt")::int AS "onTime",
        count(*) FILTER (
          WHERE c."answeredAt" > c."dueAt" OR (${isOpen} AND c."pausedAt" IS NULL AND c."dueAt" < ${now})
        )::int AS "late",
        count(*) FILTER (WHERE ${isOpen} AND (c."pausedAt" IS NOT NULL OR c."dueAt" >= ${now}))::int AS "pending",
        count(*) FILTER (WHERE c."answeredAt" IS NULL AND c."status" IN ('ANSWERED', 'CLOSED'))::int AS "closedUnanswered"
      FROM "Case" c
      WHERE ${reportCases(query, user)}
      GROUP BY GROUPING SETS ((c."type"), ())
    )
    SELECT "type", "onTime", "late", "pending", "closedUnanswered",
      round(100.0 * "onTime" / nullif("onTime" + "late", 0), 1)::float8 AS "share"
    FROM judged
    ORDER BY "isTotal", "sortType"`);
}
