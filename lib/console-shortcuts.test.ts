import { describe, expect, it } from "vitest";

import { findShortcut, keyName, placeOf, SHORTCUTS } from "./console-shortcuts";

describe("console shortcuts", () => {
  it("names a key by its letter, and by the physical key when the layout types another alphabet", () => {
    expect(keyName({ key: "j", code: "KeyJ", shiftKey: false })).toBe("j");
    expect(keyName({ key: "J", code: "KeyJ", shiftKey: true })).toBe("j");
    expect(keyName({ key: "о", code: "KeyJ", shiftKey: false })).toBe("j");
    expect(keyName({ key: "?", code: "Digit7", shiftKey: true })).toBe("?");
    expect(keyName({ key: ".", code: "Slash", shiftKey: false })).toBe("/");
    expect(keyName({ key: "Enter", code: "Enter", shiftKey: false })).toBe("Enter");
  });

  it("tells the inbox from a case page and from the rest of the console", () => {
    expect(placeOf("/console/cases")).toBe("inbox");
    expect(placeOf("/console/cases/%D0%96-2026-000001")).toBe("case");
    expect(placeOf("/console/cases/export")).toBeNull();
    expect(placeOf("/console/reports")).toBeNull();
  });

  it("gives a key its place's meaning, the console-wide keys everywhere and arrows only in the table", () => {
    expect(findShortcut("inbox", "j", false)).toBe("rowNext");
    expect(findShortcut("case", "j", false)).toBe("caseNext");
    expect(findShortcut(null, "j", false)).toBeUndefined();
    expect(findShortcut(null, "g i", false)).toBe("goInbox");
    expect(findShortcut("case", "?", false)).toBe("help");
    expect(findShortcut("inbox", "ArrowDown", false)).toBeUndefined();
    expect(findShortcut("inbox", "ArrowDown", true)).toBe("rowNext");
    expect(findShortcut("case", "a", false)).toBe("assignMe");
  });

  it("never gives one key two meanings in one place", () => {
    for (const place of ["inbox", "case", null] as const) {
      const keys = SHORTCUTS.filter((shortcut) => shortcut.place === place || shortcut.place === "console").flatMap(
        (shortcut) => [...shortcut.keys, ...(shortcut.tableKeys ?? [])],
      );
      expect(new Set(keys).size, String(place)).toBe(keys.length);
    }
  });
});
