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
