import { describe, expect, it } from "vitest";

import { average, netPromoterScore, percent } from "./results-math";

describe("results arithmetic", () => {
  it("gives shares in percent with one decimal", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 0)).toBe(0);
  });

  it("computes NPS as promoters (9–10) minus detractors (0–6), in whole percent", () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toEqual({ promoters: 2, passives: 2, detractors: 2, total: 6, score: 0 });
    expect(netPromoterScore([10, 10, 9, 7])).toMatchObject({ score: 75 });
    expect(netPromoterScore([0, 3, 6])).toMatchObject({ score: -100 });
    expect(netPromoterScore([9, 6, 8])).toMatchObject({ score: 0, passives: 1 });
    expect(netPromoterScore([10, 5, 5])).toMatchObject({ score: -33 });
    expect(netPromoterScore([])).toMatchObject({ score: null, total: 0 });
  });

  it("averages ratings to two decimals", () => {
    expect(average([5, 4, 4])).toBe(4.33);
    expect(average([])).toBeNull();
  });
});
