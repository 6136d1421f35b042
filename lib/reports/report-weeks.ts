import { Prisma } from "@/lib/generated/prisma/client";

import type { TReportQuery } from "./schemas";

/**
 * The ISO weeks of a report's range, Monday to Sunday in Moscow time, as a CTE body with one column "week":
 * every week is listed even when nothing fell in it, so a chart shows a quiet week as a gap, not as nothing.
 */
export function reportWeeksSql(query: TReportQuery): Prisma.Sql {
  return Prisma.sql`SELECT generate_series(date_trunc('week', ${query.from}::timestamp), date_trunc('week', ${query.to}::timestamp), interval '1 week') AS "week"`;
}

/** A week's row key (2026-W05) and labels (its Monday), from a week start such as reportWeeksSql's. */
export function weekKeySql(week: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${week}, 'IYYY-"W"IW') AS "key", to_char(${week}, 'YYYY-MM-DD') AS "labelRu", to_char(${week}, 'YYYY-MM-DD') AS "labelEn"`;
}

/**
 * A stored moment's quarter of an hour (a `timestamp`, UTC like the column). Reports by week count cases by
 * quarter hour first and turn only those into the operator's weeks: converting every case's moment to local
 * time cost more than counting. A quarter hour never straddles a week's start, since every time zone in use
 * is a whole number of quarter hours from UTC and changes its offset on a quarter hour.
 */
export function quarterHourSql(moment: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_bin('15 minutes', ${moment}, TIMESTAMP '2000-01-01')`;
}
