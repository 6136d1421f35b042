import { formatDate } from "@/lib/i18n/format-date";
import { addDays, dayStart, OPERATOR_TIME_ZONE, today } from "@/lib/time/operator-day";

// The digest's day is the operator's (Moscow's): the quality department works on Moscow time. The legal
// deadlines themselves are computed in each office's own zone, see lib/cases/deadlines.ts.

/** How far ahead the digest looks beyond today. */
export const DUE_SOON_DAYS = 3;

export type TDeadlineWindows = {
  /** The first instant after today (Moscow): deadlines before it and not yet passed are due today. */
  endOfToday: Date;
  /** The first instant after the next DUE_SOON_DAYS days: deadlines before it are due soon. */
  endOfSoon: Date;
};

export function deadlineWindows(now: Date): TDeadlineWindows {
  const day = today(now);
  return { endOfToday: dayStart(addDays(day, 1)), endOfSoon: dayStart(addDays(day, DUE_SOON_DAYS + 1)) };
}

/** A deadline or a day as supervisors read it, in Moscow time. */
export function formatMoscow(instant: Date, withTime: boolean): string {
  return formatDate(instant, "ru", {
    timeZone: OPERATOR_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
  });
}
