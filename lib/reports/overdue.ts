import "server-only";

import { clockSql } from "@/lib/cases/lifecycle/clock-where";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseType } from "@/lib/generated/prisma/enums";

import type { TReportQuery } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/** An overdue case of the report's scope: where it is, whose it is, and since when it is due. */
export type TOverdueCase = {
  number: string;
  type: CaseType;
  postcode: string | null;
  office: string | null;
  assignee: string | null;
  dueAt: Date;
};

function overdueWhere(query: TReportQuery, user: TReportViewer): Prisma.Sql {
  return Prisma.sql`${reportCases(query, user)} AND ${clockSql.overdue(query.now)}`;
}

/**
 * The cases filed in the period that are overdue at the query's "now", by the lifecycle's clock
 * (clockSql.overdue: open, not paused, not merged, past a deadline), the longest overdue first.
 */
export async function overdueCases(
  query: TReportQuery,
  user: TReportViewer,
  options: { limit?: number } = {},
): Promise<TOverdueCase[]> {
  return reportRows<TOverdueCase>(Prisma.sql`
    SELECT c."number", c."type"::text AS "type", c."officePostcode"::text AS "postcode", o."name" AS "office",
      s."name" AS "assignee", c."dueAt"
    FROM "Case" c
      LEFT JOIN "Office" o ON o."postcode" = c."officePostcode"
      LEFT JOIN "StaffUser" s ON s."id" = c."assigneeId"
    WHERE ${overdueWhere(query, user)}
    ORDER BY c."dueAt", c."number"
    LIMIT ${options.limit ?? 100_000}`);
}

/** The numbers of the overdue list, every one of them: what the other places that say "overdue" must agree on. */
export async function overdueCaseNumbers(query: TReportQuery, user: TReportViewer): Promise<string[]> {
  const rows = await reportRows<{ number: string }>(Prisma.sql`
    SELECT c."number" FROM "Case" c WHERE ${overdueWhere(query, user)} ORDER BY c."number"`);
  return rows.map((row) => row.number);
}
