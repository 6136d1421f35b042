import "server-only";

import fs from "node:fs/promises";
import path from "node:path";

import { db } from "@/lib/db";
import packageJson from "@/package.json";

export type THealth = {
  status: "ok" | "unavailable";
  version: string;
  reason?: string;
  database: { reachable: boolean; latencyMs?: number };
  migrations?: { applied: number; expected: number; pending: string[]; failed: string[] };
};

/** The migrations this build ships, by folder name. */
async function shippedMigrations(): Promise<string[]> {
  const folder = path.join(process.cwd(), "prisma", "migrations");
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Whether the database answers and carries every migration of this build. */
export async function checkHealth(): Promise<THealth> {
  const version = packageJson.version;
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: "unavailable", version, reason: "database unreachable", database: { reachable: false } };
  }
  const database = { reachable: true, latencyMs: Math.round(performance.now() - started) };

  const expected = await shippedMigrations();
  let rows: MigrationRow[];
  try {
    rows = await db.$queryRaw<MigrationRow[]>`
      SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  } catch {
    return { status: "unavailable", version, reason: "migrations not applied", database };
  }
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = expected.filter((name) => !applied.has(name));
  const migrations = { applied: applied.size, expected: expected.length, pending, failed };

  if (failed.length > 0) return { status: "unavailable", version, reason: "a migration failed", database, migrations };
  if (pending.length > 0) return { status: "unavailable", version, reason: "migrations pending", database, migrations };
  return { status: "ok", version, database, migrations };
}
