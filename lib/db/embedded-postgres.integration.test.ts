import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "./embedded-postgres";

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "embedded-pg-"));
await fs.chmod(dir, 0o755);

afterAll(async () => {
  await stopEmbeddedPostgres(dir);
  await fs.rm(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("creates a cluster, shares a running one, and keeps data across a restart on the same port", async () => {
    const first = await ensureEmbeddedPostgres(dir);
    expect(first.started).toBe(true);
    expect(first.url).toMatch(/^postgresql:\/\/portal:[^@]+@127\.0\.0\.1:\d+\/portal$/);
    const [version] = await query<{ server_version_num: string }>(first.url, "SHOW server_version_num");
    expect(Number(version.server_version_num)).toBeGreaterThanOrEqual(180000);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    // Another process (or the Prisma CLI) asking again gets the running server, not a second one.
    const again = await ensureEmbeddedPostgres(dir);
    expect(again).toEqual({ ...first, started: false });

    expect(await stopEmbeddedPostgres(dir)).toBe(true);
    expect(await stopEmbeddedPostgres(dir)).toBe(false);
    await expect(query(first.url, "SELECT 1")).rejects.toThrow();

    const restarted = await ensureEmbeddedPostgres(dir);
    expect(restarted.started).toBe(true);
    expect(restarted.port).toBe(first.port);
    expect(await query(restarted.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
  });

  it("accepts password connections on loopback only", async () => {
    const { url } = await ensureEmbeddedPostgres(dir);
    const wrong = new URL(url);
    wrong.password = "not-the-password";
    await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
    const [setting] = await query<{ listen_addresses: string }>(url, "SHOW listen_addresses");
    expect(setting.listen_addresses).toBe("127.0.0.1");
  });
});
