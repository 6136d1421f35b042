// The legal clocks of cases (59-ФЗ for appeals; the postal rules and the UPU convention for claims). Pure:
// the console shows the same dates that filing stores.

import { addDays, dayEnd, localDate, TimeZoneError } from "@/lib/time/operator-day";

export type TDeadlineRule =
  "APPEAL" | "CLAIM_SAME_SETTLEMENT" | "CLAIM_DOMESTIC" | "CLAIM_INTERNATIONAL" | "QUEUE_TARGET" | "NONE";

/**
 * Which days are working days: Monday to Friday, except where the production calendar says otherwise
 * (lib/cases/work-calendar.ts loads it). Days are local calendar dates, "YYYY-MM-DD".
 */
export type TWorkCalendar = { isWorkingDay(date: string): boolean };

/** Monday to Friday with no holidays: for tests and as the shape the production calendar refines. */
export const PLAIN_WEEK: TWorkCalendar = { isWorkingDay: (date) => isWeekday(date) };

export function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

export type TDeadlineErrorCode =
  | "CLAIM_DIRECTION_REQUIRED"
  | "INVALID_TERM"
  | "INVALID_TIME_ZONE"
  | "EXTENSION_NOT_ALLOWED"
  | "ALREADY_EXTENDED"
  | "EXTENSION_OUT_OF_RANGE";

export class DeadlineError extends Error {
  constructor(readonly code: TDeadlineErrorCode) {
    super(`Deadline refused: ${code}`);
    this.name = "DeadlineError";
  }
}

export const REGISTRATION_DAYS = 3;
export const DEFAULT_INTERNATIONAL_TERM_DAYS = 60;
export const MAX_EXTENSION_DAYS = 30;

const TERM_DAYS: Record<Exclude<TDeadlineRule, "CLAIM_INTERNATIONAL" | "QUEUE_TARGET" | "NONE">, number> = {
  APPEAL: 30,
  CLAIM_SAME_SETTLEMENT: 5,
  CLAIM_DOMESTIC: 30,
};

export function deadlineRuleFor(input: {
  type: "COMPLAINT" | "CLAIM" | "RATING" | "QUEUE_REPORT";
  direction?: "DOMESTIC" | "INTERNATIONAL";
  isSameSettlement?: boolean;
}): TDeadlineRule {
  // An office rating is feedback, not an appeal: no legal term. A queue report is the office head's to
  // acknowledge within the office's working day (a service target, reported apart).
  if (input.type === "RATING") return "NONE";
  if (input.type === "QUEUE_REPORT") return "QUEUE_TARGET";
  if (input.type !== "CLAIM") return "APPEAL";
  // A guessed direction would give a wrong legal deadline without anyone noticing.
  if (!input.direction) throw new DeadlineError("CLAIM_DIRECTION_REQUIRED");
  if (input.direction === "INTERNATIONAL") return "CLAIM_INTERNATIONAL";
  return input.isSameSettlement ? "CLAIM_SAME_SETTLEMENT" : "CLAIM_DOMESTIC";
}

/** The zone-dependent steps, with an unknown zone reported as the deadline's own error. */
function inZone<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TimeZoneError) throw new DeadlineError("INVALID_TIME_ZONE");
    throw error;
  }
}

/** Whole local days from the day of `from` to the day of `to` (0 on the same day). */
function daysBetween(from: Date, to: Date, timeZone: string): number {
  return inZone(() =>
    Math.round((Date.parse(localDate(to, timeZone)) - Date.parse(localDate(from, timeZone))) / 86_400_000),
  );
}

/** The date itself when it is a working day, else the first working day after it (ст. 193 ГК РФ). */
export function workingDayFrom(date: string, calendar: TWorkCalendar): string {
  let day = date;
  // A year has no run of more than a few weeks off; the bound only guards against a broken calendar.
  for (let step = 0; step < 60 && !calendar.isWorkingDay(day); step += 1) day = addDays(day, 1);
  return day;
}

/**
 * The end of a term of `days` calendar days counted from the day after `instant` (ГК РФ ст. 191, 194):
 * the last millisecond of its last local day, or of the next working day when that day is not one
 * (ст. 193). Date arithmetic is on calendar dates, so leap days and month ends roll over correctly.
 */
function endOfTerm(instant: Date, days: number, timeZone: string, calendar: TWorkCalendar): Date {
  return inZone(() => dayEnd(workingDayFrom(addDays(localDate(instant, timeZone), days), calendar), timeZone));
}

/**
 * Terms run in calendar days from the day after filing and end at the end of their last local day (ГК РФ
 * ст. 191, 194), in the office's time zone. Appeals are registered by the portal the moment they are filed,
 * so the 30 days "from registration" count from filing, and the 3-day registration term is met at once;
 * it is still returned for the console. Claims have no separate registration term.
 */
export function computeDeadlines(input: {
  rule: TDeadlineRule;
  filedAt: Date;
  timeZone: string;
  calendar: TWorkCalendar;
  internationalTermDays?: number;
  queueTargetDays?: number;
}): { registerBy: Date | null; dueAt: Date | null } {
  const {
    rule,
    filedAt,
    timeZone,
    calendar,
    internationalTermDays = DEFAULT_INTERNATIONAL_TERM_DAYS,
    queueTargetDays = 0,
  } = input;
  if (!Number.isInteger(internationalTermDays) || internationalTermDays < 1) throw new DeadlineError("INVALID_TERM");
  if (!Number.isInteger(queueTargetDays) || queueTargetDays < 0) throw new DeadlineError("INVALID_TERM");
  if (rule === "NONE") return { registerBy: null, dueAt: null };
  // The office's working day: the day of the report (or the next working day), plus any days configured.
  if (rule === "QUEUE_TARGET")
    return { registerBy: null, dueAt: endOfTerm(filedAt, queueTargetDays, timeZone, calendar) };
  const term = rule === "CLAIM_INTERNATIONAL" ? internationalTermDays : TERM_DAYS[rule];
  return {
    registerBy: rule === "APPEAL" ? endOfTerm(filedAt, REGISTRATION_DAYS, timeZone, calendar) : null,
    dueAt: endOfTerm(filedAt, term, timeZone, calendar),
  };
}

/**
 * The deadline after a pause: the clock stood still for the calendar days from the day it stopped to the
 * day it runs again, and the term ends that many days later, at the end of a (working) day as before. A
 * pause within one day moves nothing, so the end stays at 23:59:59.999 and never slips past midnight.
 */
export function resumeDeadline(input: {
  dueAt: Date;
  pausedAt: Date;
  now: Date;
  timeZone: string;
  calendar: TWorkCalendar;
}): Date {
  const days = Math.max(0, daysBetween(input.pausedAt, input.now, input.timeZone));
  return endOfTerm(input.dueAt, days, input.timeZone, input.calendar);
}

/**
 * Moves a deadline once, by 1–30 days (59-ФЗ ст. 12 ч. 2; the postal rules for claims). Claims within one
 * settlement cannot be extended. Sending the applicant the notice is the caller's job.
 */
export function extendDeadline(input: {
  rule: TDeadlineRule;
  dueAt: Date | null;
  days: number;
  timeZone: string;
  calendar: TWorkCalendar;
  isAlreadyExtended: boolean;
}): { dueAt: Date } {
  const { dueAt } = input;
  if (input.rule === "CLAIM_SAME_SETTLEMENT" || input.rule === "NONE" || input.rule === "QUEUE_TARGET" || !dueAt) {
    throw new DeadlineError("EXTENSION_NOT_ALLOWED");
  }
  if (input.isAlreadyExtended) throw new DeadlineError("ALREADY_EXTENDED");
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) {
    throw new DeadlineError("EXTENSION_OUT_OF_RANGE");
  }
  return { dueAt: endOfTerm(dueAt, input.days, input.timeZone, input.calendar) };
}
