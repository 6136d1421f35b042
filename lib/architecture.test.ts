import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * Each lib/<folder> is one layer of rules. When two folders import each other neither can be read, tested or
 * changed without the other, and the next edit tends to close a loop at start-up; so the lower layer must own
 * whatever both need. Tests are left out (a test may drive several domains); test-support files are not.
 */

const LIB = import.meta.dirname;
const ROOT = path.dirname(LIB);
const SOURCE = /\.tsx?$/;
const TEST = /\.test\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" && dir === LIB ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The lib/ folder a file lives in, or null for files at lib/'s top (config, db) and outside lib/. */
function folderOf(file: string): string | null {
  const relative = path.relative(LIB, file).split(path.sep);
  return relative.length > 1 && relative[0] !== ".." ? relative[0] : null;
}

/** Every module a file names: static imports, re-exports and dynamic import(). */
function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The file an import resolves to as the bundler resolves it (`@/lib/db` is lib/db.ts, not the lib/db folder). */
function targetOf(file: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(file), specifier)
      : null;
  if (!base) return null;
  const found = EXTENSIONS.map((extension) => base + extension).find((candidate) =>
    fs.statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  );
  // An import that resolves to nothing fails the type check; here it still counts for the folder it names.
  return found ?? base;
}

type TEdges = Map<string, Map<string, Set<string>>>;

/** folder -> imported folder -> the files (relative to the repository) that import it. */
function folderGraph(): TEdges {
  const edges: TEdges = new Map();
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const specifier of specifiersOf(file)) {
      const target = targetOf(file, specifier);
      const to = target ? folderOf(target) : null;
      if (!to || to === from || to === "generated") continue;
      const byTarget = edges.get(from) ?? new Map<string, Set<string>>();
      const files = byTarget.get(to) ?? new Set<string>();
      files.add(path.relative(ROOT, file));
      byTarget.set(to, files);
      edges.set(from, byTarget);
    }
  }
  return edges;
}

function mutualPairs(edges: TEdges): string[] {
  const pairs: string[] = [];
  for (const [a, targets] of edges) {
    for (const [b, aFiles] of targets) {
      const bFiles = edges.get(b)?.get(a);
      if (!bFiles || a >= b) continue;
      pairs.push(`${a} <-> ${b}: ${[...aFiles].sort().join(", ")} || ${[...bFiles].sort().join(", ")}`);
    }
  }
  return pairs.sort();
}

describe("lib/ folders", () => {
  it("finds imports of every kind", () => {
    const info = ts.preProcessFile(
      'import "server-only";\nimport { a } from "@/lib/a/x";\nexport * from "../b/y";\nconst c = await import("./c");',
      true,
      true,
    );
    expect(info.importedFiles.map((imported) => imported.fileName)).toEqual([
      "server-only",
      "@/lib/a/x",
      "../b/y",
      "./c",
    ]);
  });

  it("sees the graph (a scan that finds nothing cannot fail)", () => {
    const edges = folderGraph();
    expect(edges.size).toBeGreaterThan(10);
    expect(edges.get("cases")?.has("db")).toBe(true);
    // A folder's index counts as the folder.
    expect(edges.get("jobs")?.has("inbound-email")).toBe(true);
  });

  it("never import each other", () => {
    expect(mutualPairs(folderGraph())).toEqual([]);
  });
});
