import { describe, expect, it } from "vitest";

import { expiryDate } from "./expiry-date";

describe("expiryDate", () => {
  it("adds calendar months, keeping the time of day", () => {
    expect(expiryDate(new Date("2026-03-15T10:30:00Z"), 12)?.toISOString()).toBe("2027-03-15T10:30:00.000Z");
  });

  it("clamps to the end of a shorter month", () => {
    expect(expiryDate(new Date("2026-01-31T12:00:00Z"), 1)?.toISOString()).toBe("2026-02-28T12:00:00.000Z");
    expect(expiryDate(new Date("2027-12-31T12:00:00Z"), 2)?.toISOString()).toBe("2028-02-29T12:00:00.000Z");
  });

  it("gives no expiry without a term", () => {
    expect(expiryDate(new Date(), null)).toBeNull();
    expect(expiryDate(new Date(), 0)).toBeNull();
  });
});
