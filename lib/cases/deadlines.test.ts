import { describe, expect, it } from "vitest";

import {
  computeDeadlines,
  DeadlineError,
  deadlineRuleFor,
  extendDeadline,
  PLAIN_WEEK,
  resumeDeadline,
  type TDeadlineRule,
} from "./deadlines";
import { calendarFromRows } from "./work-calendar";

const MOSCOW = "Europe/Moscow"; // UTC+3
const VLADIVOSTOK = "Asia/Vladivostok"; // UTC+10
const KALININGRAD = "Europe/Kaliningrad"; // UTC+2

const at = (iso: string) => new Date(iso);

const day = (date: string, isWorkingDay: boolean) => ({ date: new Date(`${date}T00:00:00Z`), isWorkingDay });

/** The days of Russia's production calendar these tests touch, as the WorkCalendarDay table holds them. */
const RUSSIA = calendarFromRows([
  ...["2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31"].map((date) =>
    day(date, false),
  ),
  ...["2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"].map((date) =>
    day(date, false),
  ),
  // 2025: Saturday 1 November was a working day, its rest moved to Monday 3 November (before the holiday on the 4th).
  day("2025-11-01", true),
  day("2025-11-03", false),
  day("2025-11-04", false),
]);

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DeadlineError) return error.code;
    throw error;
  }
  return undefined;
}

describe("deadlineRuleFor", () => {
  it.each([
    [{ type: "COMPLAINT" }, "APPEAL"],
    [{ type: "RATING" }, "NONE"],
    [{ type: "QUEUE_REPORT" }, "QUEUE_TARGET"],
    [{ type: "CLAIM", direction: "DOMESTIC", isSameSettlement: true }, "CLAIM_SAME_SETTLEMENT"],
    [{ type: "CLAIM", direction: "DOMESTIC", isSameSettlement: false }, "CLAIM_DOMESTIC"],
    [{ type: "CLAIM", direction: "DOMESTIC" }, "CLAIM_DOMESTIC"],
    [{ type: "CLAIM", direction: "INTERNATIONAL", isSameSettlement: true }, "CLAIM_INTERNATIONAL"],
  ] as const)("%j → %s", (input, rule) => {
    expect(deadlineRuleFor(input)).toBe(rule);
  });

  it("refuses a claim without a direction", () => {
    expect(refusal(() => deadlineRuleFor({ type: "CLAIM" }))).toBe("CLAIM_DIRECTION_REQUIRED");
  });
});

describe("computeDeadlines", () => {
  it.each<[string, TDeadlineRule, string, string, number | undefined, string | null, string]>([
    // Each rule, filed 2 March 2026 at 12:00 Moscow time.
    [
      "appeal: 3 days to register, 30 to answer",
      "APPEAL",
      MOSCOW,
      "2026-03-02T09:00:00Z",
      undefined,
      "2026-03-05T20:59:59.999Z",
      "2026-04-01T20:59:59.999Z",
    ],
    // The fifth day is Saturday 7 March: the term ends on Monday.
    [
      "claim within one settlement: 5 days",
      "CLAIM_SAME_SETTLEMENT",
      MOSCOW,
      "2026-03-02T09:00:00Z",
      undefined,
      null,
      "2026-03-09T20:59:59.999Z",
    ],
    [
      "other domestic claim: 30 days",
      "CLAIM_DOMESTIC",
      MOSCOW,
      "2026-03-02T09:00:00Z",
      undefined,
      null,
      "2026-04-01T20:59:59.999Z",
    ],
    [
      "international claim: 60 days by default",
      "CLAIM_INTERNATIONAL",
      MOSCOW,
      "2026-03-02T09:00:00Z",
      undefined,
      null,
      "2026-05-01T20:59:59.999Z",
    ],
    // The 90th day is Sunday 31 May: the term ends on Monday 1 June.
    [
      "international claim: a configured 90 days",
      "CLAIM_INTERNATIONAL",
      MOSCOW,
      "2026-03-02T09:00:00Z",
      90,
      null,
      "2026-06-01T20:59:59.999Z",
    ],
    // One moment (16:30 in Moscow, 15:30 in Kaliningrad, 23:30 in Vladivostok): the same local day, three instants.
    [
      "Moscow",
      "APPEAL",
      MOSCOW,
      "2026-03-02T13:30:00Z",
      undefined,
      "2026-03-05T20:59:59.999Z",
      "2026-04-01T20:59:59.999Z",
    ],
    [
      "Kaliningrad",
      "APPEAL",
      KALININGRAD,
      "2026-03-02T13:30:00Z",
      undefined,
      "2026-03-05T21:59:59.999Z",
      "2026-04-01T21:59:59.999Z",
    ],
    [
      "Vladivostok, filed at 23:30 local",
      "APPEAL",
      VLADIVOSTOK,
      "2026-03-02T13:30:00Z",
      undefined,
      "2026-03-05T13:59:59.999Z",
      "2026-04-01T13:59:59.999Z",
    ],
    // An hour later it is already 3 March in Vladivostok but still 2 March in Moscow.
    [
      "Vladivostok, filed at 00:30 local",
      "APPEAL",
      VLADIVOSTOK,
      "2026-03-02T14:30:00Z",
      undefined,
      "2026-03-06T13:59:59.999Z",
      "2026-04-02T13:59:59.999Z",
    ],
    [
      "Moscow, the same moment",
      "APPEAL",
      MOSCOW,
      "2026-03-02T14:30:00Z",
      undefined,
      "2026-03-05T20:59:59.999Z",
      "2026-04-01T20:59:59.999Z",
    ],
    [
      "Kamchatka, across a month end",
      "CLAIM_SAME_SETTLEMENT",
      "Asia/Kamchatka",
      "2026-06-30T12:30:00Z",
      undefined,
      null,
      "2026-07-06T11:59:59.999Z",
    ],
    // Month, year and leap-year ends.
    [
      "a leap February",
      "CLAIM_SAME_SETTLEMENT",
      MOSCOW,
      "2028-02-26T10:00:00Z",
      undefined,
      null,
      "2028-03-02T20:59:59.999Z",
    ],
    [
      "a common February",
      "CLAIM_SAME_SETTLEMENT",
      MOSCOW,
      "2027-02-26T10:00:00Z",
      undefined,
      null,
      "2027-03-03T20:59:59.999Z",
    ],
    [
      "ending on 29 February",
      "APPEAL",
      MOSCOW,
      "2028-01-30T12:00:00Z",
      undefined,
      "2028-02-02T20:59:59.999Z",
      "2028-02-29T20:59:59.999Z",
    ],
    [
      "across the new year",
      "APPEAL",
      MOSCOW,
      "2026-12-15T10:00:00Z",
      undefined,
      "2026-12-18T20:59:59.999Z",
      "2027-01-14T20:59:59.999Z",
    ],
    [
      "filed at 23:30 on 31 December",
      "CLAIM_SAME_SETTLEMENT",
      MOSCOW,
      "2026-12-31T20:30:00Z",
      undefined,
      null,
      "2027-01-05T20:59:59.999Z",
    ],
    // An office abroad where summer time starts in between (29 March 2026): CET at filing, CEST at the end.
    // (the 30th day, 19 April, is a Sunday: the term ends on Monday)
    [
      "Berlin, across the change to summer time",
      "APPEAL",
      "Europe/Berlin",
      "2026-03-20T10:00:00Z",
      undefined,
      "2026-03-23T22:59:59.999Z",
      "2026-04-20T21:59:59.999Z",
    ],
  ])("%s", (_name, rule, timeZone, filedAt, internationalTermDays, registerBy, dueAt) => {
    expect(
      computeDeadlines({ rule, filedAt: at(filedAt), timeZone, calendar: PLAIN_WEEK, internationalTermDays }),
    ).toEqual({
      registerBy: registerBy === null ? null : at(registerBy),
      dueAt: at(dueAt),
    });
  });

  it.each([
    [{ timeZone: "Mars/Olympus", internationalTermDays: 60 }, "INVALID_TIME_ZONE"],
    [{ timeZone: MOSCOW, internationalTermDays: 0 }, "INVALID_TERM"],
    [{ timeZone: MOSCOW, internationalTermDays: 45.5 }, "INVALID_TERM"],
  ])("refuses %j", (input, code) => {
    const filing = {
      rule: "CLAIM_INTERNATIONAL",
      filedAt: at("2026-03-02T09:00:00Z"),
      calendar: PLAIN_WEEK,
      ...input,
    } as const;
    expect(refusal(() => computeDeadlines(filing))).toBe(code);
  });
});

describe("extendDeadline", () => {
  it.each<[string, TDeadlineRule, string, string, number, string]>([
    ["an appeal by the full 30 days", "APPEAL", MOSCOW, "2026-04-01T20:59:59.999Z", 30, "2026-05-01T20:59:59.999Z"],
    [
      "a domestic claim by 1 day, in Vladivostok",
      "CLAIM_DOMESTIC",
      VLADIVOSTOK,
      "2026-04-01T13:59:59.999Z",
      1,
      "2026-04-02T13:59:59.999Z",
    ],
    [
      "an international claim across the year end",
      "CLAIM_INTERNATIONAL",
      KALININGRAD,
      "2026-12-20T21:59:59.999Z",
      15,
      "2027-01-04T21:59:59.999Z",
    ],
  ])("extends %s", (_name, rule, timeZone, dueAt, days, extended) => {
    expect(
      extendDeadline({ rule, dueAt: at(dueAt), days, timeZone, calendar: PLAIN_WEEK, isAlreadyExtended: false }),
    ).toEqual({
      dueAt: at(extended),
    });
  });

  it.each<[string, TDeadlineRule, number, boolean, string]>([
    ["a second time", "APPEAL", 10, true, "ALREADY_EXTENDED"],
    ["by more than 30 days", "APPEAL", 31, false, "EXTENSION_OUT_OF_RANGE"],
    ["by no days", "CLAIM_DOMESTIC", 0, false, "EXTENSION_OUT_OF_RANGE"],
    ["by part of a day", "CLAIM_DOMESTIC", 1.5, false, "EXTENSION_OUT_OF_RANGE"],
    ["a claim within one settlement", "CLAIM_SAME_SETTLEMENT", 5, false, "EXTENSION_NOT_ALLOWED"],
    ["an office rating", "NONE", 5, false, "EXTENSION_NOT_ALLOWED"],
    ["a queue report's service target", "QUEUE_TARGET", 5, false, "EXTENSION_NOT_ALLOWED"],
  ])("refuses to extend %s", (_name, rule, days, isAlreadyExtended, code) => {
    const input = {
      rule,
      dueAt: at("2026-04-01T20:59:59.999Z"),
      days,
      timeZone: MOSCOW,
      calendar: PLAIN_WEEK,
      isAlreadyExtended,
    };
    expect(refusal(() => extendDeadline(input))).toBe(code);
  });
});

describe("a term that ends on a day off (ст. 193 ГК РФ)", () => {
  it.each<[string, TDeadlineRule, string, string]>([
    ["on a Saturday ends on Monday", "CLAIM_SAME_SETTLEMENT", "2026-04-06T09:00:00Z", "2026-04-13T20:59:59.999Z"],
    ["on a Sunday ends on Monday", "CLAIM_SAME_SETTLEMENT", "2026-04-07T09:00:00Z", "2026-04-13T20:59:59.999Z"],
    [
      "on a holiday (Russia Day, a Friday) ends on Monday",
      "CLAIM_SAME_SETTLEMENT",
      "2026-06-07T09:00:00Z",
      "2026-06-15T20:59:59.999Z",
    ],
    [
      "on a weekend before a moved holiday ends on Tuesday",
      "CLAIM_SAME_SETTLEMENT",
      "2026-03-02T09:00:00Z",
      "2026-03-10T20:59:59.999Z",
    ],
    [
      "on 1 January 2027 ends on 11 January, after the New Year holidays",
      "APPEAL",
      "2026-12-02T09:00:00Z",
      "2027-01-11T20:59:59.999Z",
    ],
    [
      "on a Saturday worked by transfer ends that Saturday",
      "CLAIM_SAME_SETTLEMENT",
      "2025-10-27T09:00:00Z",
      "2025-11-01T20:59:59.999Z",
    ],
    ["on a working day stays there", "APPEAL", "2026-03-02T09:00:00Z", "2026-04-01T20:59:59.999Z"],
  ])("%s", (_name, rule, filedAt, dueAt) => {
    expect(computeDeadlines({ rule, filedAt: at(filedAt), timeZone: MOSCOW, calendar: RUSSIA }).dueAt).toEqual(
      at(dueAt),
    );
  });

  it("moves the registration term too: the third day a Saturday, registered by Monday", () => {
    expect(
      computeDeadlines({ rule: "APPEAL", filedAt: at("2026-12-02T09:00:00Z"), timeZone: MOSCOW, calendar: RUSSIA })
        .registerBy,
    ).toEqual(at("2026-12-07T20:59:59.999Z"));
  });

  it("a Saturday is a day off in a plain week but a working day when the calendar says so", () => {
    const filedAt = at("2025-10-27T09:00:00Z");
    expect(
      computeDeadlines({ rule: "CLAIM_SAME_SETTLEMENT", filedAt, timeZone: MOSCOW, calendar: PLAIN_WEEK }).dueAt,
    ).toEqual(at("2025-11-03T20:59:59.999Z"));
  });

  it("moves an extension that lands on a holiday", () => {
    const extended = extendDeadline({
      rule: "APPEAL",
      dueAt: at("2026-12-02T20:59:59.999Z"),
      days: 30,
      timeZone: MOSCOW,
      calendar: RUSSIA,
      isAlreadyExtended: false,
    });
    expect(extended.dueAt).toEqual(at("2027-01-11T20:59:59.999Z"));
  });
});

describe("terms by case type", () => {
  it("gives an office rating no term at all", () => {
    expect(
      computeDeadlines({ rule: "NONE", filedAt: at("2026-03-02T09:00:00Z"), timeZone: MOSCOW, calendar: RUSSIA }),
    ).toEqual({
      registerBy: null,
      dueAt: null,
    });
  });

  it.each<[string, string, number, string]>([
    ["the end of the report's own working day", "2026-03-02T09:00:00Z", 0, "2026-03-02T20:59:59.999Z"],
    [
      "reported late in the evening: still that day, in the office's zone",
      "2026-03-02T20:30:00Z",
      0,
      "2026-03-02T20:59:59.999Z",
    ],
    [
      "reported on a Saturday: the end of the next working day (Monday 9 March is a holiday)",
      "2026-03-07T09:00:00Z",
      0,
      "2026-03-10T20:59:59.999Z",
    ],
    ["with a configured day more", "2026-03-02T09:00:00Z", 1, "2026-03-03T20:59:59.999Z"],
  ])("gives a queue report the office head's target: %s", (_name, filedAt, queueTargetDays, dueAt) => {
    expect(
      computeDeadlines({
        rule: "QUEUE_TARGET",
        filedAt: at(filedAt),
        timeZone: MOSCOW,
        calendar: RUSSIA,
        queueTargetDays,
      }),
    ).toEqual({ registerBy: null, dueAt: at(dueAt) });
  });

  it("refuses to extend a case that has no deadline", () => {
    const input = {
      rule: "APPEAL" as const,
      dueAt: null,
      days: 5,
      timeZone: MOSCOW,
      calendar: RUSSIA,
      isAlreadyExtended: false,
    };
    expect(refusal(() => extendDeadline(input))).toBe("EXTENSION_NOT_ALLOWED");
  });
});

describe("resumeDeadline", () => {
  const dueAt = at("2026-04-01T20:59:59.999Z"); // the end of Wednesday 1 April, Moscow
  const resume = (pausedAt: string, now: string, due = dueAt) =>
    resumeDeadline({ dueAt: due, pausedAt: at(pausedAt), now: at(now), timeZone: MOSCOW, calendar: RUSSIA });

  it.each([
    ["a few seconds", "2026-03-10T07:00:00Z", "2026-03-10T07:00:05Z"],
    ["a few seconds before midnight", "2026-03-10T20:59:50Z", "2026-03-10T20:59:59.900Z"],
    ["from the morning to late evening", "2026-03-10T05:00:00Z", "2026-03-10T20:30:00Z"],
  ])("leaves the end at 23:59:59.999 after a pause within one local day (%s)", (_name, pausedAt, now) => {
    expect(resume(pausedAt, now)).toEqual(dueAt);
  });

  it("moves the end by two days after a pause over two local days", () => {
    expect(resume("2026-03-10T07:00:00Z", "2026-03-12T07:00:00Z")).toEqual(at("2026-04-03T20:59:59.999Z"));
  });

  it("counts local days: from 23:30 to 00:30 in Moscow is one day, though an hour", () => {
    expect(resume("2026-03-10T20:30:00Z", "2026-03-10T21:30:00Z")).toEqual(at("2026-04-02T20:59:59.999Z"));
  });

  it("moves a resumed term that lands on a holiday on to the next working day", () => {
    // Due Wednesday 10 June, paused two days: Friday 12 June is Russia Day, then a weekend.
    expect(resume("2026-05-20T07:00:00Z", "2026-05-22T07:00:00Z", at("2026-06-10T20:59:59.999Z"))).toEqual(
      at("2026-06-15T20:59:59.999Z"),
    );
  });

  it("moves nothing when the clock runs again before it stopped (a clock set back)", () => {
    expect(resume("2026-03-12T07:00:00Z", "2026-03-10T07:00:00Z")).toEqual(dueAt);
  });
});
