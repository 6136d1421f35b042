import "server-only";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { computeDeadlines, isWeekday, type TDeadlineRule, type TWorkCalendar } from "./deadlines";

/**
 * Russia's production calendar as the deadlines read it: Monday to Friday, except the days the
 * WorkCalendarDay table lists (holidays and the government's transfers), which admins maintain.
 * The table holds a few dozen rows a year, read whole and kept for a minute: every instance sees an
 * admin's change within that minute, and filing costs no extra query in between.
 */
const TTL_MS = 60_000;
let cached: { at: number; calendar: TWorkCalendar } | null = null;

export function calendarFromRows(rows: { date: Date; isWorkingDay: boolean }[]): TWorkCalendar {
  const exceptions = new Map(rows.map((row) => [row.date.toISOString().slice(0, 10), row.isWorkingDay]));
  return { isWorkingDay: (date) => exceptions.get(date) ?? isWeekday(date) };
}

export async function loadWorkCalendar(client: Prisma.TransactionClient | typeof db = db): Promise<TWorkCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const rows = await client.workCalendarDay.findMany({ select: { date: true, isWorkingDay: true } });
  cached = { at: Date.now(), calendar: calendarFromRows(rows) };
  return cached.calendar;
}

/** After an admin edits the calendar, this instance reads it afresh at once. */
export function forgetWorkCalendar(): void {
  cached = null;
}

/** A case's deadlines at filing (or a fresh term on reopening), by its rule, zone and the calendar. */
export async function termFor(
  input: { rule: TDeadlineRule; from: Date; timeZone: string },
  client: Prisma.TransactionClient | typeof db = db,
): Promise<{ registerBy: Date | null; dueAt: Date | null }> {
  const config = getConfig();
  return computeDeadlines({
    rule: input.rule,
    filedAt: input.from,
    timeZone: input.timeZone,
    calendar: await loadWorkCalendar(client),
    internationalTermDays: config.INTERNATIONAL_CLAIM_DAYS,
    queueTargetDays: config.QUEUE_REPORT_TARGET_DAYS,
  });
}
