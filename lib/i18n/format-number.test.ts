import { describe, expect, it } from "vitest";

import { formatNumber } from "./format-number";

describe("formatNumber", () => {
  it("writes a number in each language with its own options, whichever was asked for first", () => {
    expect(formatNumber(1.25, "ru", { maximumFractionDigits: 1 })).toBe("1,3");
    expect(formatNumber(1.25, "en", { maximumFractionDigits: 1 })).toBe("1.3");
    expect(formatNumber(1.25, "ru", { maximumFractionDigits: 2 })).toBe("1,25");
    expect(formatNumber(12345, "ru")).toBe(new Intl.NumberFormat("ru").format(12345));
    expect(formatNumber(1.25, "ru", { maximumFractionDigits: 1 })).toBe("1,3");
  });
});
