import { describe, expect, it } from "vitest";

import { CaseStatus } from "@/lib/generated/prisma/enums";

import { canTransition, isOverdue, resumeClock, STATUS_TRANSITIONS } from "./status-flow";

describe("the status flow", () => {
  it.each([
    ["NEW", "REGISTERED"],
    ["REGISTERED", "IN_PROGRESS"],
    ["IN_PROGRESS", "WAITING_FOR_CUSTOMER"],
    ["WAITING_FOR_CUSTOMER", "IN_PROGRESS"],
    ["IN_PROGRESS", "ANSWERED"],
    ["WAITING_FOR_CUSTOMER", "ANSWERED"],
    ["ANSWERED", "CLOSED"],
    ["CLOSED", "REOPENED"],
    ["REOPENED", "IN_PROGRESS"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ["NEW", "ANSWERED"],
    ["NEW", "CLOSED"],
    ["REGISTERED", "WAITING_FOR_CUSTOMER"],
    ["IN_PROGRESS", "CLOSED"],
    ["ANSWERED", "IN_PROGRESS"],
    ["CLOSED", "IN_PROGRESS"],
    ["REOPENED", "CLOSED"],
    ["IN_PROGRESS", "IN_PROGRESS"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("has a row for every status, naming only real statuses", () => {
    const statuses = Object.values(CaseStatus);
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...statuses].sort());
    for (const targets of Object.values(STATUS_TRANSITIONS)) for (const to of targets) expect(statuses).toContain(to);
  });
});

describe("resumeClock", () => {
  const dueAt = new Date("2026-12-21T20:59:59.999Z");

  it("moves the deadline on by exactly the paused time and clears the pause", () => {
    const pausedAt = new Date("2026-11-01T10:00:00.000Z");
    const now = new Date("2026-11-04T16:30:00.000Z");
    const resumed = resumeClock({ dueAt, pausedAt, now });
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.dueAt.getTime() - dueAt.getTime()).toBe(3 * 86_400_000 + 6.5 * 3_600_000);
  });

  it("keeps the deadline of a case that was not paused", () => {
    expect(resumeClock({ dueAt, pausedAt: null, now: new Date() })).toEqual({ dueAt, pausedAt: null });
  });

  it("never moves the deadline back when the clocks disagree", () => {
    const pausedAt = new Date("2026-11-05T00:00:00.000Z");
    expect(resumeClock({ dueAt, pausedAt, now: new Date("2026-11-04T00:00:00.000Z") }).dueAt).toEqual(dueAt);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-11-21T12:00:00Z");
  const past = new Date("2026-11-20T12:00:00Z");
  it("is overdue past the deadline while the clock runs", () => {
    expect(isOverdue({ status: "IN_PROGRESS", dueAt: past, pausedAt: null, now })).toBe(true);
  });
  it("is not overdue while paused, answered or closed", () => {
    expect(isOverdue({ status: "WAITING_FOR_CUSTOMER", dueAt: past, pausedAt: past, now })).toBe(false);
    expect(isOverdue({ status: "ANSWERED", dueAt: past, pausedAt: null, now })).toBe(false);
    expect(isOverdue({ status: "CLOSED", dueAt: past, pausedAt: null, now })).toBe(false);
  });
});
