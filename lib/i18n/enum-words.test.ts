import { describe, expect, it } from "vitest";

import * as enums from "@/lib/generated/prisma/enums";

import en from "./messages/en.json";
import ru from "./messages/ru.json";

// Every value of every database enum, read from the generated client so that a value added to the schema
// without words fails here rather than on a console page.
const ENUMS = Object.entries(enums as Record<string, unknown>).filter(
  (entry): entry is [string, Record<string, string>] => typeof entry[1] === "object" && entry[1] !== null,
);

describe.each([
  ["ru", ru],
  ["en", en],
] as const)("the %s catalogue", (_locale, messages) => {
  const words = messages.enums as Record<string, Record<string, string> | undefined>;

  it("reads enums from the generated client", () => {
    expect(ENUMS.map(([name]) => name)).toContain("ClaimWish");
  });

  it.each(ENUMS)("has words for every value of %s", (name, values) => {
    for (const value of Object.values(values)) {
      expect(words[name]?.[value]?.trim(), `enums.${name}.${value}`).toBeTruthy();
    }
  });

  it("has no words for values the schema no longer has", () => {
    const known = new Map(ENUMS.map(([name, values]) => [name, new Set(Object.values(values))]));
    for (const [name, values] of Object.entries(words)) {
      for (const value of Object.keys(values ?? {}))
        expect(known.get(name)?.has(value), `enums.${name}.${value}`).toBe(true);
    }
  });
});
