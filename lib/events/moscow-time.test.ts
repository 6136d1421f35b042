import { describe, expect, it } from "vitest";

import { fromMoscowInput, toMoscowInput } from "./moscow-time";

describe("Moscow time in the event form", () => {
  it("reads 18:00 in Moscow as 15:00 UTC and back", () => {
    expect(fromMoscowInput("2026-12-03T18:00")).toBe("2026-12-03T15:00:00.000Z");
    expect(toMoscowInput(new Date("2026-12-03T15:00:00Z"))).toBe("2026-12-03T18:00");
  });

  it("crosses midnight", () => {
    expect(fromMoscowInput("2026-01-01T01:30")).toBe("2025-12-31T22:30:00.000Z");
    expect(toMoscowInput("2025-12-31T22:30:00.000Z")).toBe("2026-01-01T01:30");
  });

  it("passes on what is not a date and time, for the schema to refuse", () => {
    expect(fromMoscowInput("")).toBe("");
    expect(fromMoscowInput("завтра")).toBe("завтра");
  });
});
