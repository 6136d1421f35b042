import { describe, expect, it } from "vitest";

import { computeDeadlines, DeadlineError, deadlineRuleFor, extendDeadline, type TDeadlineRule } from "./deadlines";

const MOSCOW = "Europe/Moscow"; // UTC+3
const VLADIVOSTOK = "Asia/Vladivostok"; // UTC+10
const KALININGRAD = "Europe/Kaliningrad"; // UTC+2

const at = (iso: string) => new Date(iso);

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
    [{ type: "RATING" }, "APPEAL"],
    [{ type: "QUEUE_REPORT" }, "APPEAL"],
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
    ["appeal: 3 days to register, 30 to answer", "APPEAL", MOSCOW, "2026-03-02T09:00:00Z", undefined, "2026-03-05T20:59:59.999Z", "2026-04-01T20:59:59.999Z"],
    ["claim within one settlement: 5 days", "CLAIM_SAME_SETTLEMENT", MOSCOW, "2026-03-02T09:00:00Z", undefined, null, "2026-03-07T20:59:59.999Z"],
    ["other domestic claim: 30 days", "CLAIM_DOMESTIC", MOSCOW, "2026-03-02T09:00:00Z", undefined, null, "2026-04-01T20:59:59.999Z"],
    ["international claim: 60 days by default", "CLAIM_INTERNATIONAL", MOSCOW, "2026-03-02T09:00:00Z", undefined, null, "2026-05-01T20:59:59.999Z"],
    ["international claim: a configured 90 days", "CLAIM_INTERNATIONAL", MOSCOW, "2026-03-02T09:00:00Z", 90, null, "2026-05-31T20:59:59.999Z"],
    // One moment (16:30 in Moscow, 15:30 in Kaliningrad, 23:30 in Vladivostok): the same local day, three instants.
    ["Moscow", "APPEAL", MOSCOW, "2026-03-02T13:30:00Z", undefined, "2026-03-05T20:59:59.999Z", "2026-04-01T20:59:59.999Z"],
    ["Kaliningrad", "APPEAL", KALININGRAD, "2026-03-02T13:30:00Z", undefined, "2026-03-05T21:59:59.999Z", "2026-04-01T21:59:59.999Z"],
    ["Vladivostok, filed at 23:30 local", "APPEAL", VLADIVOSTOK, "2026-03-02T13:30:00Z", undefined, "2026-03-05T13:59:59.999Z", "2026-04-01T13:59:59.999Z"],
    // An hour later it is already 3 March in Vladivostok but still 2 March in Moscow.
    ["Vladivostok, filed at 00:30 local", "APPEAL", VLADIVOSTOK, "2026-03-02T14:30:00Z", undefined, "2026-03-06T13:59:59.999Z", "2026-04-02T13:59:59.999Z"],
    ["Moscow, the same moment", "APPEAL", MOSCOW, "2026-03-02T14:30:00Z", undefined, "2026-03-05T20:59:59.999Z", "2026-04-01T20:59:59.999Z"],
    ["Kamchatka, across a month end", "CLAIM_SAME_SETTLEMENT", "Asia/Kamchatka", "2026-06-30T12:30:00Z", undefined, null, "2026-07-06T11:59:59.999Z"],
    // Month, year and leap-year ends.
    ["a leap February", "CLAIM_SAME_SETTLEMENT", MOSCOW, "2028-02-26T10:00:00Z", undefined, null, "2028-03-02T20:59:59.999Z"],
    ["a common February", "CLAIM_SAME_SETTLEMENT", MOSCOW, "2027-02-26T10:00:00Z", undefined, null, "2027-03-03T20:59:59.999Z"],
    ["ending on 29 February", "APPEAL", MOSCOW, "2028-01-30T12:00:00Z", undefined, "2028-02-02T20:59:59.999Z", "2028-02-29T20:59:59.999Z"],
    ["across the new year", "APPEAL", MOSCOW, "2026-12-15T10:00:00Z", undefined, "2026-12-18T20:59:59.999Z", "2027-01-14T20:59:59.999Z"],
    ["filed at 23:30 on 31 December", "CLAIM_SAME_SETTLEMENT", MOSCOW, "2026-12-31T20:30:00Z", undefined, null, "2027-01-05T20:59:59.999Z"],
    // An office abroad where summer time starts in between (29 March 2026): CET at filing, CEST at the end.
    ["Berlin, across the change to summer time", "APPEAL", "Europe/Berlin", "2026-03-20T10:00:00Z", undefined, "2026-03-23T22:59:59.999Z", "2026-04-19T21:59:59.999Z"],
  ])("%s", (_name, rule, timeZone, filedAt, internationalTermDays, registerBy, dueAt) => {
    expect(computeDeadlines({ rule, filedAt: at(filedAt), timeZone, internationalTermDays })).toEqual({
      registerBy: registerBy === null ? null : at(registerBy),
      dueAt: at(dueAt),
    });
  });

  it.each([
    [{ timeZone: "Mars/Olympus", internationalTermDays: 60 }, "INVALID_TIME_ZONE"],
    [{ timeZone: MOSCOW, internationalTermDays: 0 }, "INVALID_TERM"],
    [{ timeZone: MOSCOW, internationalTermDays: 45.5 }, "INVALID_TERM"],
  ])("refuses %j", (input, code) => {
    expect(refusal(() => computeDeadlines({ rule: "CLAIM_INTERNATIONAL", filedAt: at("2026-03-02T09:00:00Z"), ...input }))).toBe(code);
  });
});

describe("extendDeadline", () => {
  it.each<[string, TDeadlineRule, string, string, number, string]>([
    ["an appeal by the full 30 days", "APPEAL", MOSCOW, "2026-04-01T20:59:59.999Z", 30, "2026-05-01T20:59:59.999Z"],
    ["a domestic claim by 1 day, in Vladivostok", "CLAIM_DOMESTIC", VLADIVOSTOK, "2026-04-01T13:59:59.999Z", 1, "2026-04-02T13:59:59.999Z"],
    ["an international claim across the year end", "CLAIM_INTERNATIONAL", KALININGRAD, "2026-12-20T21:59:59.999Z", 15, "2027-01-04T21:59:59.999Z"],
  ])("extends %s", (_name, rule, timeZone, dueAt, days, extended) => {
    expect(extendDeadline({ rule, dueAt: at(dueAt), days, timeZone, isAlreadyExtended: false })).toEqual({ dueAt: at(extended) });
  });

  it.each<[string, TDeadlineRule, number, boolean, string]>([
    ["a second time", "APPEAL", 10, true, "ALREADY_EXTENDED"],
    ["by more than 30 days", "APPEAL", 31, false, "EXTENSION_OUT_OF_RANGE"],
    ["by no days", "CLAIM_DOMESTIC", 0, false, "EXTENSION_OUT_OF_RANGE"],
    ["by part of a day", "CLAIM_DOMESTIC", 1.5, false, "EXTENSION_OUT_OF_RANGE"],
    ["a claim within one settlement", "CLAIM_SAME_SETTLEMENT", 5, false, "EXTENSION_NOT_ALLOWED"],
  ])("refuses to extend %s", (_name, rule, days, isAlreadyExtended, code) => {
    const input = { rule, dueAt: at("2026-04-01T20:59:59.999Z"), days, timeZone: MOSCOW, isAlreadyExtended };
    expect(refusal(() => extendDeadline(input))).toBe(code);
  });
});
