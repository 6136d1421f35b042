import { describe, expect, it } from "vitest";

import { ZImportCalendarYear, ZSaveCalendarDay } from "./schemas";

const problems = (year: unknown, text: unknown) => {
  const result = ZImportCalendarYear.safeParse({ year, text });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("a pasted year", () => {
  it("reads each line's date, kind and note; blank lines, spaces, Windows line ends and a BOM are fine", () => {
    const text = "\uFEFF2027-01-01;0;Новый год\r\n\r\n  2027-01-07 ; 0 ;Рождество; Христово \n2027-02-20;1\n";
    expect(ZImportCalendarYear.parse({ year: "2027", text })).toEqual({
      year: 2027,
      days: [
        { date: "2027-01-01", isWorkingDay: false, note: "Новый год" },
        { date: "2027-01-07", isWorkingDay: false, note: "Рождество; Христово" },
        { date: "2027-02-20", isWorkingDay: true, note: undefined },
      ],
    });
  });

  it("names every bad line by its number in the text, blank lines counted", () => {
    const text = [
      "2027-01-01;0",
      "",
      "2027-13-01;0",
      "2027-02-29;0",
      "2027-03-08;2",
      "2027-03-08",
      "2026-12-31;0",
      "2027-01-01;1",
      `2027-05-01;0;${"я".repeat(201)}`,
      "2027-05-03;0;\u0007",
    ].join("\n");
    expect(problems(2027, text)).toEqual({
      "lines.3": "calendar.errors.date",
      "lines.4": "calendar.errors.date", // 2027 is not a leap year
      "lines.5": "calendar.errors.flag",
      "lines.6": "calendar.errors.lineFormat",
      "lines.7": "calendar.errors.otherYear",
      "lines.8": "calendar.errors.duplicate",
      "lines.9": "calendar.errors.note",
      "lines.10": "calendar.errors.note",
    });
  });

  it("refuses an empty paste, a year out of range and more days than a year has", () => {
    expect(problems(2027, "\n  \n")).toEqual({ text: "calendar.errors.empty" });
    expect(problems("27", "2027-01-01;0")).toMatchObject({ year: "calendar.errors.year" });
    const days = Array.from(
      { length: 367 },
      (_, i) => `${new Date(Date.UTC(2028, 0, 1 + i)).toISOString().slice(0, 10)};0`,
    );
    expect(problems(2028, days.slice(0, 366).join("\n"))).toEqual({});
    expect(problems(2028, days.join("\n"))).toMatchObject({ "lines.367": "calendar.errors.otherYear" });
  });
});

describe("one day", () => {
  it("takes a real date and an optional note", () => {
    expect(ZSaveCalendarDay.parse({ date: "2028-02-29", isWorkingDay: false, note: "" })).toEqual({
      date: "2028-02-29",
      isWorkingDay: false,
      note: undefined,
    });
    expect(ZSaveCalendarDay.safeParse({ date: "2027-02-29", isWorkingDay: false }).success).toBe(false);
    expect(ZSaveCalendarDay.safeParse({ date: "01.01.2027", isWorkingDay: false }).success).toBe(false);
  });
});

describe("a paste of something else", () => {
  it("names its first twenty bad lines and imports nothing", () => {
    const result = ZImportCalendarYear.safeParse({
      year: 2027,
      text: Array.from({ length: 500 }, () => "не календарь").join("\n"),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(
      Array.from({ length: 20 }, (_, i) => `lines.${i + 1}`),
    );
  });
});
