import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function* sourcesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourcesUnder(relative);
    else if (/\.tsx?$/.test(entry.name)) yield relative;
  }
}

const clientFiles = ["components", "app"]
  .flatMap((dir) => [...sourcesUnder(dir)])
  .filter((file) => /^\s*["']use client["']/.test(readFileSync(path.join(root, file), "utf8")));

describe("client translations", () => {
  it("finds the client components", () => {
    expect(clientFiles).toContain(path.join("components", "i18n", "texts.tsx"));
    expect(clientFiles.length).toBeGreaterThan(40);
  });

  // One mechanism in the browser (useTexts / useTextFormat over formatText): next-intl's client hooks would
  // need its provider and its message formatter in the bundle, which the public desk's pages cannot afford.
  it("read the catalogue through useTexts, never next-intl", () => {
    const offenders = clientFiles.filter((file) =>
      /from\s+["']next-intl["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
