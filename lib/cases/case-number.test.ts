import { describe, expect, it } from "vitest";

import { caseNumberSeries, formatCaseNumber, normaliseCaseNumber } from "./case-number";

describe("case numbers", () => {
  it.each([
    ["COMPLAINT", 123, "Ж-2026-000123"],
    ["CLAIM", 45, "Р-2026-000045"],
    ["RATING", 1, "О-2026-000001"],
    ["QUEUE_REPORT", 1_234_567, "Ч-2026-1234567"],
  ] as const)("formats a %s number", (type, sequence, expected) => {
    expect(formatCaseNumber(type, 2026, sequence)).toBe(expected);
  });

  it.each([
    ["ж-2026-000123", "Ж-2026-000123"],
    [" Р 2026 000045 ", "Р-2026-000045"],
    ["P-2026-000045", "Р-2026-000045"],
    ["Ж2026000123", "Ж-2026-000123"],
  ])("reads %j as %s", (input, expected) => {
    expect(normaliseCaseNumber(input)).toBe(expected);
  });

  it.each(["", "Ж-26-000123", "X-2026-000123", "Ж-2026-12"])("rejects %j", (input) => {
    expect(normaliseCaseNumber(input)).toBeNull();
  });

  it("takes the year of the number in Moscow", () => {
    // 22:30 UTC on 31 December is already 1 January in Moscow.
    expect(caseNumberSeries("COMPLAINT", new Date("2026-12-31T22:30:00Z"))).toEqual({
      prefix: "Ж",
      year: 2027,
      sequence: "case_number_complaint_2027",
    });
    expect(caseNumberSeries("CLAIM", new Date("2026-12-31T20:30:00Z"))).toEqual({
      prefix: "Р",
      year: 2026,
      sequence: "case_number_claim_2026",
    });
  });
});
