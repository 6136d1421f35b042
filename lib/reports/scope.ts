import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { officeScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { TReportQuery } from "./schemas";

export type TReportViewer = Pick<TStaffUser, "role" | "officePostcodes">;

/** A moment as a `timestamp` in UTC, the way Prisma stores DateTime, whatever the session's time zone. */
export function utc(moment: Date): Prisma.Sql {
  return Prisma.sql`(${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The moment that puts a case in a report's period: filed (most reports) or answered (satisfaction). */
const MOMENTS = { createdAt: Prisma.sql`c."createdAt"`, answeredAt: Prisma.sql`c."answeredAt"` };
export type TReportMoment = keyof typeof MOMENTS;

/**
 * The cases a report counts, as SQL over the alias `c`: filed (or, for `by: "answeredAt"`, answered) within
 * the range, of the chosen type (unless the report fixes its own), not a duplicate merged into another case,
 * and — for an office head — of their offices only: `officeScope`, the restriction `caseScope` puts on Prisma
 * queries (lib/auth/permissions.ts).
 */
export function reportCases(
  query: TReportQuery,
  user: TReportViewer,
  options: { ignoreType?: boolean; by?: TReportMoment } = {},
): Prisma.Sql {
  const moment = MOMENTS[options.by ?? "createdAt"];
  const conditions = [
    Prisma.sql`${moment} >= ${utc(query.start)}`,
    Prisma.sql`${moment} < ${utc(query.end)}`,
    Prisma.sql`c."mergedIntoId" IS NULL`,
  ];
  if (query.type && !options.ignoreType) conditions.push(Prisma.sql`c."type" = ${query.type}::"CaseType"`);
  const offices = officeScope(user);
  if (offices) conditions.push(Prisma.sql`c."officePostcode" = ANY(${offices}::text[])`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Hours between two timestamps, for percentile_cont (which wants double precision). Computed in double
 * precision from the start (date_part, not extract's numeric): the same value to the last digit or two of
 * seventeen, which no report shows, at a third less of the cost over a year of cases.
 */
export function hoursBetween(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(date_part('epoch', ${later} - ${earlier}) / 3600)`;
}

/**
 * How the reports' statements are planned, set for their own transaction only. The cases' pages are in memory
 * on any server that serves the console, so an index read costs little more than a sequential one (the default
 * 4 assumes spinning disks, and leaves the reports' covering indexes unused for a scan of the whole table); and
 * the percentiles sort a period's durations, which over a year at a million cases wants about 25 MB.
 */
export const REPORT_SETTINGS = Prisma.sql`SELECT set_config('random_page_cost', '1.1', true), set_config('work_mem', '64MB', true)`;

/**
 * A report over a long period of a large desk may take a while, and a page asks for all of its reports at once
 * (more than the pool has connections): neither is a reason to fail, as a statement outside a transaction
 * would not. Prisma's defaults for a transaction (2 s to get a connection, 5 s to finish) are for short writes.
 */
const REPORT_TRANSACTION = { maxWait: 60_000, timeout: 300_000 };

/** Runs a report's statement with REPORT_SETTINGS. */
export async function reportRows<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db.$transaction([db.$queryRaw(REPORT_SETTINGS), db.$queryRaw<T[]>(sql)], REPORT_TRANSACTION);
  return rows;
}
