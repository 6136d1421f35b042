import { Prisma } from "@/lib/generated/prisma/client";

import { isTimeZone, OPERATOR_TIME_ZONE, TimeZoneError } from "./operator-day";

/**
 * operator-day.ts inside SQL: the local date, week and period start of stored moments, in the same zone and
 * by the same rules (PostgreSQL reads the same time-zone database). Stored DateTime columns are `timestamp`
 * values in UTC (Prisma's convention), so every helper first says so, whatever the session's TimeZone.
 */

const PERIODS = ["day", "week", "month", "year"] as const;
type TPeriod = (typeof PERIODS)[number];

/**
 * The zone as a literal rather than a bound parameter: the same text then appears wherever an expression is
 * repeated (SELECT and GROUP BY). Only names the time-zone database knows get here, and none holds a quote.
 */
function zone(timeZone: string): Prisma.Sql {
  if (!isTimeZone(timeZone) || !/^[A-Za-z0-9_+\-/]+$/.test(timeZone)) throw new TimeZoneError(timeZone);
  return Prisma.raw(`'${timeZone}'`);
}

/** A stored UTC `timestamp` (column or expression) as the zone's wall-clock `timestamp`. */
export function localTimestampSql(column: Prisma.Sql, timeZone = OPERATOR_TIME_ZONE): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${zone(timeZone)})`;
}

/** The local date (`date`) of a stored moment: localDate() in SQL. */
export function localDateSql(column: Prisma.Sql, timeZone = OPERATOR_TIME_ZONE): Prisma.Sql {
  return Prisma.sql`(${localTimestampSql(column, timeZone)})::date`;
}

/** The local Monday 00:00 (`timestamp`, wall clock) of the ISO week a stored moment falls in: weekStart() in SQL. */
export function weekSql(column: Prisma.Sql, timeZone = OPERATOR_TIME_ZONE): Prisma.Sql {
  return Prisma.sql`date_trunc('week', ${localTimestampSql(column, timeZone)})`;
}

/**
 * The first moment of the local day (week, month, year) that `moment` falls in, as a UTC `timestamp` to
 * compare with stored columns: dayStart() in SQL. `moment` is a `timestamptz`, the database's now() unless given.
 */
export function periodStartSql(
  period: TPeriod,
  moment: Prisma.Sql = Prisma.sql`now()`,
  timeZone = OPERATOR_TIME_ZONE,
): Prisma.Sql {
  if (!PERIODS.includes(period)) throw new RangeError(`Not a period: ${String(period)}`);
  const local = zone(timeZone);
  return Prisma.sql`((date_trunc(${Prisma.raw(`'${period}'`)}, ${moment} AT TIME ZONE ${local}) AT TIME ZONE ${local}) AT TIME ZONE 'UTC')`;
}
