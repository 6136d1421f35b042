import "server-only";

import { clockSql } from "@/lib/cases/lifecycle/clock-where";
import { OUTCOME_STATUSES } from "@/lib/cases/lifecycle/statuses";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/**
 * Answers against their terms, by the lifecycle's clock (clockSql). One line per case type with a legal term
 * (complaints, claims), one (type null) for all of them together, and queue reports on a line of their own,
 * judged against the office's service target ("acknowledged on time"). Office ratings have no term and never
 * count. Each case lands in one column: open — late when overdue (clockSql.overdue: a paused case never is),
 * otherwise pending; done — on time or late by its answer; closed without an answer. Cases forwarded, left
 * unanswered or whose correspondence ended are neither: the outcomes report counts them. The share is
 * on time / (on time + late), in percent with one decimal; null when nothing was judged yet.
 */
export type TOnTimeRow = {
  type: CaseType | null;
  onTime: number;
  late: number;
  pending: number;
  closedUnanswered: number;
  share: number | null;
};

const OUTCOMES = Prisma.join(OUTCOME_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`));

export async function onTimeShare(query: TReportQuery, user: TReportViewer): Promise<TOnTimeRow[]> {
  const verdict = Prisma.sql`CASE
    WHEN ${clockSql.open} THEN CASE WHEN ${clockSql.overdue(query.now)} THEN 'late' ELSE 'pending' END
    WHEN ${clockSql.answeredOnTime} THEN 'onTime'
    WHEN ${clockSql.answeredLate} THEN 'late'
    WHEN c."answeredAt" IS NULL THEN 'closedUnanswered'
  END`;
  // One pass over the cases: each case's verdict once (OFFSET 0 keeps the planner from copying the CASE into
  // every count), counted by type; the legal total is summed from those few lines, not from the cases again.
  return reportRows<TOnTimeRow>(Prisma.sql`
    WITH "byType" AS (
      SELECT "type", bool_or("isLegal") AS "isLegal", count(*) AS "judged",
        count(*) FILTER (WHERE "verdict" = 'onTime')::int AS "onTime",
        count(*) FILTER (WHERE "verdict" = 'late')::int AS "late",
        count(*) FILTER (WHERE "verdict" = 'pending')::int AS "pending",
        count(*) FILTER (WHERE "verdict" = 'closedUnanswered')::int AS "closedUnanswered"
      FROM (
        SELECT c."type", ${clockSql.legalTerm} AS "isLegal", ${verdict} AS "verdict"
        FROM "Case" c
        WHERE ${reportCases(query, user)}
          AND (${clockSql.legalTerm} OR c."type" = 'QUEUE_REPORT'::"CaseType")
          AND c."status" NOT IN (${OUTCOMES})
        OFFSET 0
      ) AS "judged"
      GROUP BY "type"
    ), lines AS (
      SELECT "type"::text AS "type", CASE WHEN "isLegal" THEN 0 ELSE 2 END AS "line", "type" AS "sortType",
        "onTime", "late", "pending", "closedUnanswered"
      FROM "byType"
      UNION ALL
      SELECT NULL, 1, NULL, sum("onTime")::int, sum("late")::int, sum("pending")::int, sum("closedUnanswered")::int
      FROM "byType"
      WHERE "isLegal"
      HAVING sum("judged") > 0
    )
    SELECT "type", "onTime", "late", "pending", "closedUnanswered",
      round(100.0 * "onTime" / nullif("onTime" + "late", 0), 1)::float8 AS "share"
    FROM lines
    ORDER BY "line", "sortType"`);
}
