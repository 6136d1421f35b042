/**
 * The digest's day is Moscow's: the quality department works on Moscow time. Moscow has kept UTC+3 all
 * year since 2014, so the offset is a constant here (the legal deadlines themselves are computed in each
 * office's own zone, see lib/cases/deadlines.ts).
 */
export const DIGEST_TIME_ZONE = "Europe/Moscow";
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** How far ahead the digest looks beyond today. */
export const DUE_SOON_DAYS = 3;

export type TDeadlineWindows = {
  /** The first instant after today (Moscow): deadlines before it and not yet passed are due today. */
  endOfToday: Date;
  /** The first instant after the next DUE_SOON_DAYS days: deadlines before it are due soon. */
  endOfSoon: Date;
};

export function deadlineWindows(now: Date): TDeadlineWindows {
  const moscow = now.getTime() + MOSCOW_OFFSET_MS;
  const startOfToday = moscow - (moscow % DAY_MS) - MOSCOW_OFFSET_MS;
  return {
    endOfToday: new Date(startOfToday + DAY_MS),
    endOfSoon: new Date(startOfToday + (DUE_SOON_DAYS + 1) * DAY_MS),
  };
}

/** A deadline or a day as supervisors read it, in Moscow time. */
export function formatMoscow(instant: Date, withTime: boolean): string {
  return new Intl.DateTimeFormat("ru-RU", {
    timeZone: DIGEST_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
  }).format(instant);
}
