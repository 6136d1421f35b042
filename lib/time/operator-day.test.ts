import { describe, expect, it } from "vitest";

import {
  addDays,
  dayEnd,
  dayStart,
  fromLocalDateTime,
  isTimeZone,
  localDate,
  localDateTime,
  OPERATOR_TIME_ZONE,
  TimeZoneError,
  today,
  weekStart,
} from "./operator-day";

const at = (iso: string) => new Date(iso);

describe("the operator's day (Moscow, UTC+3 all year)", () => {
  it("is Moscow time", () => {
    expect(OPERATOR_TIME_ZONE).toBe("Europe/Moscow");
  });

  it("turns at 21:00 UTC", () => {
    expect(localDate(at("2026-11-21T20:59:59.999Z"))).toBe("2026-11-21");
    expect(localDate(at("2026-11-21T21:00:00.000Z"))).toBe("2026-11-22");
    expect(today(at("2026-11-21T20:59:00Z"))).toBe("2026-11-21");
    expect(today(at("2026-11-21T21:00:00Z"))).toBe("2026-11-22");
  });

  it("starts and ends at Moscow midnight", () => {
    expect(dayStart("2026-11-22").toISOString()).toBe("2026-11-21T21:00:00.000Z");
    expect(dayEnd("2026-11-22").toISOString()).toBe("2026-11-22T20:59:59.999Z");
    // An instant stands for the local day it falls in.
    expect(dayStart(at("2026-11-21T21:00:00Z")).toISOString()).toBe("2026-11-21T21:00:00.000Z");
    expect(dayStart(at("2026-11-21T20:59:59.999Z")).toISOString()).toBe("2026-11-20T21:00:00.000Z");
    expect(dayEnd(at("2026-11-21T20:59:59.999Z")).toISOString()).toBe("2026-11-21T20:59:59.999Z");
  });

  it("crosses the year end", () => {
    expect(localDate(at("2026-12-31T20:59:59.999Z"))).toBe("2026-12-31");
    expect(localDate(at("2026-12-31T21:00:00Z"))).toBe("2027-01-01");
    expect(dayStart("2027-01-01").toISOString()).toBe("2026-12-31T21:00:00.000Z");
    expect(dayEnd("2026-12-31").toISOString()).toBe("2026-12-31T20:59:59.999Z");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("starts a week on Monday, by the local day", () => {
    // Sunday 3 January 2027 belongs to the week of Monday 28 December 2026.
    expect(weekStart("2027-01-03")).toBe("2026-12-28");
    expect(weekStart("2027-01-04")).toBe("2027-01-04");
    // 21:30 UTC on Sunday is already Monday in Moscow.
    expect(weekStart(at("2027-01-03T20:59:59Z"))).toBe("2026-12-28");
    expect(weekStart(at("2027-01-03T21:30:00Z"))).toBe("2027-01-04");
  });

  it("reads and writes datetime-local values in Moscow time", () => {
    expect(localDateTime(at("2026-12-31T22:30:00Z"))).toBe("2027-01-01T01:30");
    expect(fromLocalDateTime("2027-01-01T01:30")?.toISOString()).toBe("2026-12-31T22:30:00.000Z");
    expect(fromLocalDateTime("2027-01-01T01:30:15.5")?.toISOString()).toBe("2026-12-31T22:30:15.500Z");
    expect(fromLocalDateTime("завтра")).toBeNull();
    expect(fromLocalDateTime("2027-02-30T10:00")).toBeNull();
  });

  it("refuses what is not a date", () => {
    expect(() => dayStart("2026-13-01")).toThrow(RangeError);
    expect(() => addDays("1 января", 1)).toThrow(RangeError);
  });
});

describe("an office's own day", () => {
  it("follows the office's zone", () => {
    // 14:30 UTC: still 2 March in Moscow, already 3 March in Vladivostok (UTC+10).
    expect(localDate(at("2026-03-02T14:30:00Z"), "Asia/Vladivostok")).toBe("2026-03-03");
    expect(localDate(at("2026-03-02T14:30:00Z"))).toBe("2026-03-02");
    expect(dayStart("2026-03-03", "Asia/Vladivostok").toISOString()).toBe("2026-03-02T14:00:00.000Z");
    expect(dayEnd("2026-03-03", "Europe/Kaliningrad").toISOString()).toBe("2026-03-03T21:59:59.999Z");
  });

  it("keeps midnight across daylight saving time abroad", () => {
    // Berlin moves to summer time on 29 March 2026: that day is 23 hours long.
    expect(dayStart("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(dayEnd("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(fromLocalDateTime("2026-10-25T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("refuses an unknown zone", () => {
    expect(isTimeZone("Asia/Vladivostok")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(() => localDate(at("2026-03-02T14:30:00Z"), "Mars/Olympus")).toThrow(TimeZoneError);
  });
});
