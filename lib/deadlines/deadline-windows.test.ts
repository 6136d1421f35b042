import { describe, expect, it } from "vitest";

import { deadlineWindows, formatMoscow } from "./deadline-windows";

describe("deadlineWindows", () => {
  it("ends today at Moscow's midnight, also late in the UTC evening", () => {
    // 22:30 UTC on 21 November is already 01:30 on the 22nd in Moscow.
    expect(deadlineWindows(new Date("2026-11-21T22:30:00Z")).endOfToday.toISOString()).toBe("2026-11-22T21:00:00.000Z");
    expect(deadlineWindows(new Date("2026-11-21T05:00:00Z")).endOfToday.toISOString()).toBe("2026-11-21T21:00:00.000Z");
  });

  it("looks three whole days beyond today", () => {
    expect(deadlineWindows(new Date("2026-11-21T05:00:00Z")).endOfSoon.toISOString()).toBe("2026-11-24T21:00:00.000Z");
  });

  it("formats in Moscow time", () => {
    expect(formatMoscow(new Date("2026-11-21T22:30:00Z"), false)).toBe("22.11.2026");
    expect(formatMoscow(new Date("2026-11-21T20:59:59Z"), true)).toBe("21.11.2026, 23:59");
  });
});
