import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * app/ holds routes: a page composes and a route handler runs the pipeline, and both ask lib/<domain> for
 * data. A query written in app/ is a rule with no home — the next page that needs it writes it again — so
 * nothing under app/ may use the Prisma client. Types from the generated client are fine: they run nothing.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const APP = path.join(ROOT, "app");
const DATABASE_MODULES = [path.join(ROOT, "lib", "db"), path.join(ROOT, "lib", "generated", "prisma", "client")];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The module a specifier names, without its extension, as the bundler would find it. */
function moduleOf(file: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(file), specifier)
      : null;
  return base?.replace(/\.(ts|tsx|js|mjs)$/, "").replace(/[\\/]index$/, "") ?? null;
}

/** Whether an import or re-export brings in values at run time (not only types, which are erased). */
function isValueImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return true; // `import "x"` runs the module.
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  // `import {}` and `import { type A }` are erased; one value name keeps the import.
  return bindings.elements.some((element) => !element.isTypeOnly);
}

/** The database modules a source file imports as values: import, re-export, import() or require(). */
export function databaseImports(file: string, source: string): string[] {
  const tree = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const check = (specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const target = moduleOf(file, specifier.text);
    if (target && DATABASE_MODULES.includes(target)) found.push(specifier.text);
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && isValueImport(node))
      check(node.moduleSpecifier);
    const isDynamic =
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"));
    if (isDynamic) check(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe("app/ reads data through lib/<domain>", () => {
  it("no page, layout, action or route handler imports the Prisma client", () => {
    const offenders = sourceFiles(APP).flatMap((file) =>
      databaseImports(file, readFileSync(file, "utf8")).map(
        (specifier) => `${path.relative(ROOT, file)}: ${specifier}`,
      ),
    );
    expect(offenders, "move the query into a verb-first function in lib/<domain>/").toEqual([]);
  });

  it("tells a value import from a type import", () => {
    const file = path.join(APP, "(console)", "example", "page.tsx");
    const imports = (source: string) => databaseImports(file, source);
    expect(imports('import { db } from "@/lib/db";')).toEqual(["@/lib/db"]);
    expect(imports('import { Prisma } from "@/lib/generated/prisma/client";')).toEqual([
      "@/lib/generated/prisma/client",
    ]);
    expect(imports('import { db } from "../../../lib/db";')).toEqual(["../../../lib/db"]);
    expect(imports('export { db } from "@/lib/db";')).toEqual(["@/lib/db"]);
    expect(imports('const { db } = await import("@/lib/db");')).toEqual(["@/lib/db"]);
    expect(imports('import "@/lib/db";')).toEqual(["@/lib/db"]);
    expect(imports('import type { Prisma } from "@/lib/generated/prisma/client";')).toEqual([]);
    expect(imports('import { type Case } from "@/lib/generated/prisma/client";')).toEqual([]);
    expect(imports('import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";')).toEqual([]);
    expect(imports('import type { StaffRole } from "@/lib/generated/prisma/enums";')).toEqual([]);
  });
});
