import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

/**
 * The migrations are written by hand where the schema cannot say it (partial indexes, stored search words,
 * database functions). What the schema can say it must say: `prisma migrate dev` writes its next migration
 * from the difference between the schema and the database, so an index only a migration declares would be
 * dropped by the next one. This run's database carries every migration; the schema must add nothing to it
 * and take nothing from it.
 */
describe("the schema and the migrations", () => {
  it("agree: a migration written from the schema would change nothing", async () => {
    const diff = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [prismaCli, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"],
        { cwd: root, env: { ...process.env, NO_COLOR: "1", CHECKPOINT_DISABLE: "1" }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(diff.stderr).not.toMatch(/error/i);
    expect(diff.code).toBe(0);
    // An empty migration: nothing but comments and blank lines.
    const statements = diff.stdout.split("\n").filter((line) => line.trim() !== "" && !line.trim().startsWith("--"));
    expect(statements).toEqual([]);
  }, 150_000);
});
