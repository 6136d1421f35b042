import { describe, expect, it } from "vitest";

import { average, netPromoterScore, percent } from "./results-math";

/** Answers as the database counts them: each number with how many gave it. */
function counted(values: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe("results arithmetic", () => {
  it("gives shares in percent with one decimal", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 0)).toBe(0);
  });

  it("computes NPS as promoters (9–10) minus detractors (0–6), in whole percent", () => {
    expect(netPromoterScore(counted([10, 9, 8, 7, 6, 0]))).toEqual({
      promoters: 2,
      passives: 2,
      detractors: 2,
      total: 6,
      score: 0,
    });
    expect(netPromoterScore(counted([10, 10, 9, 7]))).toMatchObject({ score: 75 });
    expect(netPromoterScore(counted([0, 3, 6]))).toMatchObject({ score: -100 });
    expect(netPromoterScore(counted([9, 6, 8]))).toMatchObject({ score: 0, passives: 1 });
    expect(netPromoterScore(counted([10, 5, 5]))).toMatchObject({ score: -33 });
    expect(netPromoterScore(counted([]))).toMatchObject({ score: null, total: 0 });
  });

  it("averages ratings to two decimals", () => {
    expect(average(counted([5, 4, 4]))).toBe(4.33);
    expect(average(counted([]))).toBeNull();
  });
});
