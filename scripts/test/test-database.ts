/**
 * A real, migrated PostgreSQL database of its own for one test run: a fresh database on the server named
 * by DATABASE_URL when it is set, otherwise a throwaway embedded cluster in a temporary folder.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureJobQueue } from "../../lib/jobs/job-queue";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

export type TestDatabase = { url: string; dispose: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a Prisma CLI command against a database, as a user would. */
export async function prisma(args: string[], databaseUrl: string) {
  return run(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    maxBuffer: 16 * 1024 * 1024,
  });
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `portal_test_${randomBytes(5).toString("hex")}`;
  let url: string;
  let dispose: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const server = process.env.DATABASE_URL;
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    url = withDatabase(server, name);
    dispose = () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-test-pg-"));
    await fs.chmod(dir, 0o755);
    const embedded = await ensureEmbeddedPostgres(dir);
    url = embedded.url;
    dispose = async () => {
      // The folder goes even when the server is gone already (Ctrl-C reaches it as well as this process).
      try {
        await stopEmbeddedPostgres(dir);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    };
  }
  try {
    await prisma(["migrate", "deploy"], url);
    await ensureJobQueue(url);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { url, dispose };
}
