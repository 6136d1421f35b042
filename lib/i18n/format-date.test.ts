import { describe, expect, it } from "vitest";

import { formatDate, formatDayRange } from "./format-date";

const day = new Date("2026-12-21T10:00:00Z");
const zone = { timeZone: "Europe/Moscow" };

describe("formatDate", () => {
  it("writes a Russian date in words with «года», so a sentence ending in it has one full stop", () => {
    expect(formatDate(day, "ru", { dateStyle: "long", ...zone })).toBe("21 декабря 2026 года");
    expect(formatDate(day, "ru", { dateStyle: "full", ...zone })).toBe("понедельник, 21 декабря 2026 года");
    expect(`не позднее ${formatDate(day, "ru", { dateStyle: "long", ...zone })}.`).not.toMatch(/г\.\s*\./);
  });

  it("drops «г.» from the short Russian styles and keeps the time", () => {
    expect(formatDate(day, "ru", { dateStyle: "medium", ...zone })).toBe("21 дек. 2026");
    expect(formatDate(day, "ru", { dateStyle: "medium", timeStyle: "short", ...zone })).toBe("21 дек. 2026, 13:00");
    expect(formatDate(day, "ru", { dateStyle: "long", timeStyle: "short", ...zone })).toBe(
      "21 декабря 2026 года в 13:00",
    );
    expect(formatDate(day, "ru", { dateStyle: "short", ...zone })).toBe("21.12.2026");
  });

  it("writes English dates day first", () => {
    expect(formatDate(day, "en", { dateStyle: "long", ...zone })).toBe("21 December 2026");
    expect(formatDate(day, "en", { dateStyle: "medium", timeStyle: "short", ...zone })).toBe("21 Dec 2026, 13:00");
  });

  it("reads the date in the zone it is given", () => {
    const lateEvening = new Date("2026-12-21T22:30:00Z");
    expect(formatDate(lateEvening, "ru", { dateStyle: "long", timeZone: "Europe/Moscow" })).toBe(
      "22 декабря 2026 года",
    );
    expect(formatDate(lateEvening, "ru", { dateStyle: "long", timeZone: "UTC" })).toBe("21 декабря 2026 года");
  });
});

describe("formatDayRange", () => {
  it("says a shared month or year once, in the page's language", () => {
    expect(formatDayRange("2026-09-12", "2026-12-04", "ru")).toBe("12 сентября — 4 декабря 2026 года");
    expect(formatDayRange("2026-12-01", "2026-12-04", "ru")).toBe("1–4 декабря 2026 года");
    expect(formatDayRange("2025-09-12", "2026-12-04", "ru")).toBe("12 сентября 2025 года — 4 декабря 2026 года");
    expect(formatDayRange("2026-09-12", "2026-12-04", "en")).toBe("12 September – 4 December 2026");
    expect(formatDayRange("2026-12-04", "2026-12-04", "ru")).toBe("4 декабря 2026 года");
  });
});
