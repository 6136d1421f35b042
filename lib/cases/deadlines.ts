// The legal clocks of cases (59-ФЗ for appeals; the postal rules and the UPU convention for claims). Pure:
// the console shows the same dates that filing stores.

export type TDeadlineRule = "APPEAL" | "CLAIM_SAME_SETTLEMENT" | "CLAIM_DOMESTIC" | "CLAIM_INTERNATIONAL";

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

const TERM_DAYS: Record<Exclude<TDeadlineRule, "CLAIM_INTERNATIONAL">, number> = {
  APPEAL: 30,
  CLAIM_SAME_SETTLEMENT: 5,
  CLAIM_DOMESTIC: 30,
};

export function deadlineRuleFor(input: {
  type: "COMPLAINT" | "CLAIM" | "RATING" | "QUEUE_REPORT";
  direction?: "DOMESTIC" | "INTERNATIONAL";
  isSameSettlement?: boolean;
}): TDeadlineRule {
  // Ratings and queue reports are appeals to the operator too, so 59-ФЗ's terms apply to them.
  if (input.type !== "CLAIM") return "APPEAL";
  // A guessed direction would give a wrong legal deadline without anyone noticing.
  if (!input.direction) throw new DeadlineError("CLAIM_DIRECTION_REQUIRED");
  if (input.direction === "INTERNATIONAL") return "CLAIM_INTERNATIONAL";
  return input.isSameSettlement ? "CLAIM_SAME_SETTLEMENT" : "CLAIM_DOMESTIC";
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
      throw new DeadlineError("INVALID_TIME_ZONE");
    }
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** The wall-clock time in the zone, read as if it were UTC: the zone's offset is that minus the instant. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The last millisecond (23:59:59.999 local) of the local calendar day `days` after the day of `instant`.
 * Date.UTC rolls day overflow into the next month and year, leap days included.
 */
function endOfLocalDayAfter(instant: Date, days: number, timeZone: string): Date {
  const local = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  const nextMidnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1);
  // Russian zones have no daylight saving time, but offices abroad (Berlin) do: a second pass settles the
  // offset in force at that midnight rather than at the first guess.
  let start = nextMidnight - (wallClockAsUtc(nextMidnight, timeZone) - nextMidnight);
  start = nextMidnight - (wallClockAsUtc(start, timeZone) - start);
  return new Date(start - 1);
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
  internationalTermDays?: number;
}): { registerBy: Date | null; dueAt: Date } {
  const { rule, filedAt, timeZone, internationalTermDays = DEFAULT_INTERNATIONAL_TERM_DAYS } = input;
  if (!Number.isInteger(internationalTermDays) || internationalTermDays < 1) throw new DeadlineError("INVALID_TERM");
  const term = rule === "CLAIM_INTERNATIONAL" ? internationalTermDays : TERM_DAYS[rule];
  return {
    registerBy: rule === "APPEAL" ? endOfLocalDayAfter(filedAt, REGISTRATION_DAYS, timeZone) : null,
    dueAt: endOfLocalDayAfter(filedAt, term, timeZone),
  };
}

/**
 * Moves a deadline once, by 1–30 days (59-ФЗ ст. 12 ч. 2; the postal rules for claims). Claims within one
 * settlement cannot be extended. Sending the applicant the notice is the caller's job.
 */
export function extendDeadline(input: {
  rule: TDeadlineRule;
  dueAt: Date;
  days: number;
  timeZone: string;
  isAlreadyExtended: boolean;
}): { dueAt: Date } {
  if (input.rule === "CLAIM_SAME_SETTLEMENT") throw new DeadlineError("EXTENSION_NOT_ALLOWED");
  if (input.isAlreadyExtended) throw new DeadlineError("ALREADY_EXTENDED");
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) {
    throw new DeadlineError("EXTENSION_OUT_OF_RANGE");
  }
  return { dueAt: endOfLocalDayAfter(input.dueAt, input.days, input.timeZone) };
}
