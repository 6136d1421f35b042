import { describe, expect, it } from "vitest";

import { isInSegment, parseSegment, ZSegment } from "./segment";

const member = { region: "Татарстан Республика", ageBand: "AGE_25_34" as const, services: ["PARCELS", "EMS"] };

describe("segments", () => {
  it("takes every member when empty", () => {
    expect(isInSegment(member, parseSegment({}))).toBe(true);
    expect(isInSegment({ region: null, ageBand: null, services: [] }, parseSegment(null))).toBe(true);
  });

  it("matches a region without regard to case or surrounding spaces", () => {
    expect(isInSegment(member, parseSegment({ regions: [" татарстан республика "] }))).toBe(true);
    expect(isInSegment(member, parseSegment({ regions: ["Москва"] }))).toBe(false);
  });

  it("needs every narrowed list to match, and any value within a list", () => {
    expect(
      isInSegment(member, parseSegment({ regions: ["Москва", "Татарстан Республика"], ageBands: ["AGE_25_34"] })),
    ).toBe(true);
    expect(isInSegment(member, parseSegment({ regions: ["Татарстан Республика"], ageBands: ["AGE_65_PLUS"] }))).toBe(
      false,
    );
    expect(isInSegment(member, parseSegment({ services: ["SHOP", "EMS"] }))).toBe(true);
    expect(isInSegment(member, parseSegment({ services: ["SHOP"] }))).toBe(false);
  });

  it("refuses unknown age bands and services, and reads a damaged stored segment as everyone", () => {
    expect(ZSegment.safeParse({ ageBands: ["AGE_200"] }).success).toBe(false);
    expect(ZSegment.safeParse({ services: ["TELEPORT"] }).success).toBe(false);
    expect(parseSegment({ ageBands: "nonsense" })).toEqual({ regions: [], ageBands: [], services: [] });
  });
});
