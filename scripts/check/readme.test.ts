import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The README is the front door: past this it is turning back into the manual that docs/ holds. */
const README_MAX_LINES = 260;

type TLink = { target: string; line: number };

/** Markdown without fenced blocks and inline code, whose brackets are text rather than links. */
function proseLines(markdown: string): string[] {
  let isFenced = false;
  return markdown.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      isFenced = !isFenced;
      return "";
    }
    return isFenced ? "" : line.replace(/`[^`]*`/g, "");
  });
}

/** Inline links and images, `[text](target)`, with the line they are on. */
export function linksOf(markdown: string): TLink[] {
  return proseLines(markdown).flatMap((line, index) =>
    [...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({
      target: match[1],
      line: index + 1,
    })),
  );
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

/** Every relative link of a markdown file that names no existing file, or a heading its target lacks. */
export function brokenLinks(file: string, markdown: string, readText: (file: string) => string | undefined): string[] {
  return linksOf(markdown).flatMap(({ target, line }) => {
    if (isExternal(target)) return [];
    const [linkPath, anchor] = target.split("#", 2);
    const resolved = linkPath ? path.resolve(path.dirname(file), decodeURIComponent(linkPath)) : file;
    const where = `${path.relative(root, file)}:${line} → ${target}`;
    const text = readText(resolved);
    if (text === undefined) return [`${where}: no such file`];
    if (anchor && resolved.endsWith(".md") && !anchorsOf(text).has(decodeURIComponent(anchor))) {
      return [`${where}: no such heading`];
    }
    return [];
  });
}

function readIfExists(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  // A directory is a fine link target (GitHub lists it); it has no headings.
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

const readme = path.join(root, "README.md");
const docsDir = path.join(root, "docs");
const docs = readdirSync(docsDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => path.join(docsDir, name));

describe("the README and docs/", () => {
  it(`keeps the README within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(readme, "utf8").trimEnd().split("\n").length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it("has no relative link to a missing file or heading", () => {
    const broken = [readme, ...docs].flatMap((file) => brokenLinks(file, readFileSync(file, "utf8"), readIfExists));
    expect(broken).toEqual([]);
  });

  it("links every doc from the README, and each doc opens with a title and a one-line summary", () => {
    const linked = new Set(
      linksOf(readFileSync(readme, "utf8")).map(({ target }) => path.resolve(root, target.split("#")[0])),
    );
    expect(docs.filter((file) => !linked.has(file)).map((file) => path.relative(root, file))).toEqual([]);
    for (const file of docs) {
      const [title, blank, summary, after] = readFileSync(file, "utf8").split("\n");
      expect({ file, title: /^# \S/.test(title), blank, summary: /^[^#\s|`-]/.test(summary), after }).toEqual({
        file,
        title: true,
        blank: "",
        summary: true,
        after: "",
      });
    }
  });
});

describe("the link check itself", () => {
  const here = path.join(root, "docs", "example.md");
  const files: Record<string, string> = {
    [path.join(root, "docs", "other.md")]: "# Other\n\n## The clock, in one place\n\n## Notes\n\n## Notes\n",
    [path.join(root, "README.md")]: "# Front\n",
  };
  const read = (file: string) => files[file];

  it("finds a missing file, a missing heading and nothing else", () => {
    const markdown = [
      "[ok](other.md) [ok](other.md#the-clock-in-one-place) [ok](other.md#notes-1) [ok](../README.md)",
      "[web](https://example.org/x) [mail](mailto:a@b.example)",
      "[gone](missing.md) [no heading](other.md#nowhere)",
      "`[code](not-a-link.md)`",
      "```",
      "[fenced](not-a-link-either.md)",
      "```",
    ].join("\n");
    expect(brokenLinks(here, markdown, read)).toEqual([
      "docs/example.md:3 → missing.md: no such file",
      "docs/example.md:3 → other.md#nowhere: no such heading",
    ]);
  });

  it("checks a same-file anchor against the file's own headings", () => {
    files[here] = "# Example\n\n## Keys, filing and reading\n\n[up](#keys-filing-and-reading) [bad](#keys)\n";
    expect(brokenLinks(here, files[here], read)).toEqual(["docs/example.md:5 → #keys: no such heading"]);
  });
});
