import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** What the e2e server shares with the tests about the run it set up (a fresh database, a fresh secret). */
export type TE2eRun = { databaseUrl: string; authSecret: string };

export function e2eRunFile(port: string = process.env.E2E_PORT ?? "3100"): string {
  return path.join(os.tmpdir(), `portal-e2e-${port}.json`);
}

export function e2eRun(): TE2eRun {
  return JSON.parse(fs.readFileSync(e2eRunFile(), "utf8")) as TE2eRun;
}

let pool: pg.Pool | undefined;

/** Runs SQL against the e2e server's database, for fixtures that seed what a test needs. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  pool ??= new pg.Pool({ connectionString: e2eRun().databaseUrl, max: 2 });
  return (await pool.query<T>(text, values)).rows;
}
