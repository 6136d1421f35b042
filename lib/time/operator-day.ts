/**
 * Calendar time: where a local day starts and ends, the day or week a moment falls in. The operator keeps
 * Moscow time, so that is the default zone; legal deadlines pass an office's own zone (Office.timeZone).
 * Pure and client-safe. The SQL side (operator-day-sql.ts) gives the same answers inside queries.
 *
 * Moscow has kept UTC+3 all year since 26 October 2014, but the zone is read from the time-zone database,
 * not assumed, so offices abroad with daylight saving time (and older moments) come out right too.
 */

import { OPERATOR_TIME_ZONE } from "./zone";

export { OPERATOR_TIME_ZONE };

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** A zone name that the time-zone database does not know. */
export class TimeZoneError extends RangeError {
  constructor(readonly timeZone: string) {
    super(`Unknown time zone: ${timeZone}`);
    this.name = "TimeZoneError";
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat("en-US", {
        timeZone,
        calendar: "gregory",
        numberingSystem: "latn",
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new TimeZoneError(timeZone);
    }
    formatters.set(timeZone, cached);
  }
  return cached;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in the zone (to the second), read as if it were UTC. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (+3 h for Moscow). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(whole, timeZone) - whole;
}

/** The instant at which the zone's clock shows a wall-clock time (given as if UTC). */
function instantOfWallClock(wallClock: number, timeZone: string): number {
  // A second pass settles the offset in force at that moment rather than at the first guess (zones with
  // daylight saving time); Russian zones need only the first.
  const guess = wallClock - offsetAt(wallClock, timeZone);
  return wallClock - offsetAt(guess, timeZone);
}

/** The local calendar date of an instant, "YYYY-MM-DD". */
export function localDate(instant: Date, timeZone = OPERATOR_TIME_ZONE): string {
  return new Date(wallClockAsUtc(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The local date and time of an instant to the minute, "YYYY-MM-DDTHH:mm" (a datetime-local field's value). */
export function localDateTime(instant: Date, timeZone = OPERATOR_TIME_ZONE): string {
  return new Date(wallClockAsUtc(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The instant of a local date and time ("YYYY-MM-DDTHH:mm[:ss[.sss]]") in the zone; null when it is not one. */
export function fromLocalDateTime(value: string, timeZone = OPERATOR_TIME_ZONE): Date | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  const wallClock = Date.parse(`${value}Z`);
  if (Number.isNaN(wallClock) || new Date(wallClock).toISOString().slice(0, 16) !== value.slice(0, 16)) return null;
  return new Date(instantOfWallClock(wallClock, timeZone));
}

/** The date it is now in the zone, "YYYY-MM-DD". */
export function today(now = new Date(), timeZone = OPERATOR_TIME_ZONE): string {
  return localDate(now, timeZone);
}

function asLocalDate(day: Date | string, timeZone: string): string {
  if (typeof day !== "string") return localDate(day, timeZone);
  if (!LOCAL_DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new RangeError(`Not a date: ${day}`);
  return day;
}

/** A date moved by whole calendar days (negative to go back); month and year ends roll over. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${asLocalDate(day, OPERATOR_TIME_ZONE)}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The first instant (local midnight) of a date, or of the local day an instant falls in. */
export function dayStart(day: Date | string, timeZone = OPERATOR_TIME_ZONE): Date {
  return new Date(instantOfWallClock(Date.parse(`${asLocalDate(day, timeZone)}T00:00:00Z`), timeZone));
}

/** The last millisecond (23:59:59.999 local) of a date, or of the local day an instant falls in. */
export function dayEnd(day: Date | string, timeZone = OPERATOR_TIME_ZONE): Date {
  return new Date(dayStart(addDays(asLocalDate(day, timeZone), 1), timeZone).getTime() - 1);
}

/** The Monday that starts the ISO week of a date, or of the local day an instant falls in, "YYYY-MM-DD". */
export function weekStart(day: Date | string, timeZone = OPERATOR_TIME_ZONE): string {
  const date = asLocalDate(day, timeZone);
  const sinceMonday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -sinceMonday);
}
