import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/**
 * What every page renders or names in its first payload (the header, the footer, the 404 and 403 boundaries
 * of the root layout) and what the filing forms load at start. next/link there makes each link a client
 * component to hydrate, prefetches the pages it names as the page starts, and loads the router's link code
 * on every page: main-thread work the public desk's phone pages cannot afford (docs/performance.md).
 */
const START_UP_FILES = [
  "components/layout/site-header.tsx",
  "components/layout/site-footer.tsx",
  "components/layout/access-denied.tsx",
  "app/not-found.tsx",
  "components/cases/consent-field.tsx",
  "components/cases/filed-notice.tsx",
];

describe("links on every page's start", () => {
  it("are plain anchors, not next/link", () => {
    const offenders = START_UP_FILES.filter((file) =>
      /from\s+["']next\/link["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
