import "server-only";

import { db } from "@/lib/db";
import { today } from "@/lib/time/operator-day";

export type TCalendarDay = { date: string; isWorkingDay: boolean; note: string | null };

/** A year's dates, for a where on WorkCalendarDay.date. */
export const yearBounds = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
});

/** The exceptions of one year (holidays, transfers, working Saturdays), in date order. */
export async function listCalendarDays(year: number): Promise<TCalendarDay[]> {
  const rows = await db.workCalendarDay.findMany({
    where: { date: yearBounds(year) },
    orderBy: { date: "asc" },
    select: { date: true, isWorkingDay: true, note: true },
  });
  return rows.map((row) => ({ ...row, date: row.date.toISOString().slice(0, 10) }));
}

/** The year it is in the operator's zone: the calendar page opens on it. */
export function currentCalendarYear(now = new Date()): number {
  return Number(today(now).slice(0, 4));
}

/** The years to choose from: those the calendar holds, this year and the next (the one to import ahead). */
export async function calendarYears(now = new Date()): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM "date")::int AS "year" FROM "WorkCalendarDay"`;
  const current = currentCalendarYear(now);
  return [...new Set([...rows.map((row) => row.year), current, current + 1])].sort((a, b) => a - b);
}
