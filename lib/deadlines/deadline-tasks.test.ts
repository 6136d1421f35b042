import { describe, expect, it } from "vitest";

import { cronMinute } from "@/lib/jobs/test-fixtures";

import { DEADLINE_DIGEST_TASK, deadlineCronItems, ESCALATE_OVERDUE_TASK } from "./deadline-tasks";

describe("the deadline schedule", () => {
  const items = Object.fromEntries(deadlineCronItems().map((item) => [item.task, item]));

  it("sends the digest at 08:00 Moscow time (05:00 UTC) every day, and only then", () => {
    expect(items[DEADLINE_DIGEST_TASK].match(cronMinute("2026-11-21T05:00:00Z"))).toBe(true);
    expect(items[DEADLINE_DIGEST_TASK].match(cronMinute("2026-11-22T05:00:00Z"))).toBe(true);
    expect(items[DEADLINE_DIGEST_TASK].match(cronMinute("2026-11-21T08:00:00Z"))).toBe(false);
    expect(items[DEADLINE_DIGEST_TASK].match(cronMinute("2026-11-21T05:01:00Z"))).toBe(false);
  });

  it("escalates at the top of every hour", () => {
    expect(items[ESCALATE_OVERDUE_TASK].match(cronMinute("2026-11-21T13:00:00Z"))).toBe(true);
    expect(items[ESCALATE_OVERDUE_TASK].match(cronMinute("2026-11-21T13:30:00Z"))).toBe(false);
  });

  it("names each item, which is what keeps several workers from scheduling a run twice", () => {
    expect(deadlineCronItems().map((item) => item.identifier)).toEqual([DEADLINE_DIGEST_TASK, ESCALATE_OVERDUE_TASK]);
  });
});
