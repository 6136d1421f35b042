import { describe, expect, it } from "vitest";

import { cronMinute } from "@/lib/jobs/test-fixtures";

import { createLoyaltyTasks, EXPIRE_POINTS_TASK, loyaltyCronItems } from "./loyalty-tasks";
import { PURCHASE_IMPORT_TASK } from "./purchase-import";

describe("the loyalty jobs", () => {
  const [expiry] = loyaltyCronItems();

  it("expire points once a day, at 00:30 UTC (03:30 in Moscow)", () => {
    expect(expiry).toMatchObject({ task: EXPIRE_POINTS_TASK, identifier: EXPIRE_POINTS_TASK });
    expect(expiry.match(cronMinute("2026-11-21T00:30:00Z"))).toBe(true);
    expect(expiry.match(cronMinute("2026-11-22T00:30:00Z"))).toBe(true);
    expect(expiry.match(cronMinute("2026-11-21T00:31:00Z"))).toBe(false);
    expect(expiry.match(cronMinute("2026-11-21T12:30:00Z"))).toBe(false);
  });

  it("have a task for the schedule and one for purchase imports", () => {
    expect(Object.keys(createLoyaltyTasks()).sort()).toEqual([EXPIRE_POINTS_TASK, PURCHASE_IMPORT_TASK].sort());
  });
});
