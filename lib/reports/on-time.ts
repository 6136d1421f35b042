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
  // The cases are counted by the clock's conditions, each a yes or no, and the verdict is taken from those few
  // lines: a count by booleans is one the planner splits between parallel workers (it knows a yes or no has
  // two values, where it takes a verdict computed per case for one value per case and counts it alone), which
  // halves a year's report at a million cases.
  return reportRows<TOnTimeRow>(Prisma.sql`
    WITH "counted" AS (
      SELECT c."type", ${clockSql.legalTerm} AS "isLegal", ${clockSql.open} AS "isOpen",
        ${clockSql.overdue(query.now)} AS "isOverdue", ${clockSql.answeredOnTime} AS "isOnTime",
        ${clockSql.answeredLate} AS "isLate", c."answeredAt" IS NULL AS "isUnanswered", count(*) AS "cases"
      FROM "Case" c
      WHERE ${reportCases(query, user)}
        AND (${clockSql.legalTerm} OR c."type" = 'QUEUE_REPORT'::"CaseType")
        AND c."status" NOT IN (${OUTCOMES})
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), "judged" AS (
      SELECT "type", "isLegal", "cases", CASE
        WHEN "isOpen" THEN CASE WHEN "isOverdue" THEN 'late' ELSE 'pending' END
        WHEN "isOnTime" THEN 'onTime'
        WHEN "isLate" THEN 'late'
        WHEN "isUnanswered" THEN 'closedUnanswered'
      END AS "verdict"
      FROM "counted"
    ), "byType" AS (
      SELECT "type", bool_or("isLegal") AS "isLegal", sum("cases") AS "judged",
        coalesce(sum("cases") FILTER (WHERE "verdict" = 'onTime'), 0)::int AS "onTime",
        coalesce(sum("cases") FILTER (WHERE "verdict" = 'late'), 0)::int AS "late",
        coalesce(sum("cases") FILTER (WHERE "verdict" = 'pending'), 0)::int AS "pending",
        coalesce(sum("cases") FILTER (WHERE "verdict" = 'closedUnanswered'), 0)::int AS "closedUnanswered"
      FROM "judged"
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
