/**
 * Runs the real Prisma CLI with PRISMA_SCHEMA_ENGINE_BINARY pointing at this folder's schema-engine, in a
 * scratch project of its own, against fresh databases on the server named by DATABASE_URL.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = import.meta.dirname;
const root = path.resolve(here, "..", "..");
const engine = path.join(here, "schema-engine");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

const CLI_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 180_000;

const SCHEMA = `datasource db {
  provider = "postgresql"
}

generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

model Member {
  id    Int    @id @default(autoincrement())
  email String @unique
}
`;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

type CliResult = { code: number; stdout: string; stderr: string; output: string };

describe("prisma-schema-engine with the Prisma CLI", () => {
  const serverUrl = process.env.DATABASE_URL ?? "";
  const suffix = randomBytes(4).toString("hex");
  const devDb = `schema_engine_dev_${suffix}`;
  const deployDb = `schema_engine_deploy_${suffix}`;
  let project = "";

  function cli(args: string[], database: string): Promise<CliResult> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [prismaCli, ...args],
        {
          cwd: project,
          timeout: CLI_TIMEOUT_MS,
          maxBuffer: 16 * 1024 * 1024,
          env: {
            ...process.env,
            DATABASE_URL: withDatabase(serverUrl, database),
            PRISMA_SCHEMA_ENGINE_BINARY: engine,
            CHECKPOINT_DISABLE: "1",
            PRISMA_HIDE_UPDATE_MESSAGE: "1",
            NO_COLOR: "1",
            FORCE_COLOR: "0",
          },
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
        },
      );
    });
  }

  async function query<T extends pg.QueryResultRow>(database: string, sql: string, values: unknown[] = []) {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }

  async function migrationDir(name: string): Promise<string> {
    const dirs = await fs.readdir(path.join(project, "prisma", "migrations"));
    const match = dirs.find((dir) => dir.endsWith(`_${name}`));
    if (!match) throw new Error(`No migration folder ending in _${name} in ${dirs.join(", ")}`);
    return path.join(project, "prisma", "migrations", match);
  }

  beforeAll(async () => {
    if (!serverUrl) throw new Error("DATABASE_URL must name a PostgreSQL server whose role may CREATE DATABASE");
    project = await fs.mkdtemp(path.join(os.tmpdir(), "schema-engine-it-"));
    await fs.mkdir(path.join(project, "prisma"));
    await fs.symlink(path.join(root, "node_modules"), path.join(project, "node_modules"), "dir");
    await fs.writeFile(path.join(project, "prisma", "schema.prisma"), SCHEMA);
    await fs.writeFile(
      path.join(project, "prisma.config.ts"),
      `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(engine)};
import { defineConfig } from "prisma/config";
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL! },
});
`,
    );
  });

  afterAll(async () => {
    if (serverUrl) {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        for (const db of [devDb, deployDb]) await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    }
    if (project) await fs.rm(project, { recursive: true, force: true });
  });

  it(
    "creates and applies migrations with migrate dev, then reports them with migrate status",
    async () => {
      // The database does not exist yet: the CLI has the engine create it, as the native one does.
      const init = await cli(["migrate", "dev", "--name", "init"], devDb);
      expect(init.output).toContain("Your database is now in sync with your schema.");
      expect(init.code).toBe(0);
      const initSql = await fs.readFile(path.join(await migrationDir("init"), "migration.sql"), "utf8");
      expect(initSql).toContain('CREATE TABLE "Member"');
      expect(initSql).toContain('CREATE UNIQUE INDEX "Member_email_key"');
      const lock = await fs.readFile(path.join(project, "prisma", "migrations", "migration_lock.toml"), "utf8");
      expect(lock).toContain('provider = "postgresql"');

      await fs.writeFile(
        path.join(project, "prisma", "schema.prisma"),
        SCHEMA.replace("email String @unique", "email    String  @unique\n  nickname String?"),
      );
      const probe = await cli(["migrate", "dev", "--name", "probe"], devDb);
      expect(probe.output).toContain("Your database is now in sync with your schema.");
      expect(probe.code).toBe(0);
      const probeSql = await fs.readFile(path.join(await migrationDir("probe"), "migration.sql"), "utf8");
      expect(probeSql).toMatch(/ALTER TABLE "Member" ADD COLUMN\s+"nickname" TEXT;/);

      const columns = await query<{ data_type: string }>(
        devDb,
        "SELECT data_type FROM information_schema.columns WHERE table_name = $1 AND column_name = $2",
        ["Member", "nickname"],
      );
      expect(columns).toEqual([{ data_type: "text" }]);

      const status = await cli(["migrate", "status"], devDb);
      expect(status.output).toContain("2 migrations found in prisma/migrations");
      expect(status.output).toContain("Database schema is up to date!");
      expect(status.code).toBe(0);

      const again = await cli(["migrate", "dev", "--name", "nothing"], devDb);
      expect(again.output).toContain("Already in sync");
      expect(again.code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "applies both migrations to a new database with migrate deploy",
    async () => {
      const deploy = await cli(["migrate", "deploy"], deployDb);
      expect(deploy.output).toContain("All migrations have been successfully applied.");
      expect(deploy.code).toBe(0);
      const applied = await query<{ migration_name: string }>(
        deployDb,
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(applied.map((row) => row.migration_name.replace(/^\d+_/, ""))).toEqual(["init", "probe"]);

      const status = await cli(["migrate", "status"], deployDb);
      expect(status.output).toContain("Database schema is up to date!");
      expect(status.code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "prints the SQL of a schema with migrate diff",
    async () => {
      const diff = await cli(
        ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
        devDb,
      );
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain('CREATE TABLE "Member"');
      expect(diff.stdout).toContain('"nickname" TEXT');

      const inSync = await cli(
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-config-datasource", "--exit-code"],
        deployDb,
      );
      expect(inSync.code).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "reports a failing migration with the database's own error",
    async () => {
      const broken = path.join(project, "prisma", "migrations", "99990101000000_broken");
      await fs.mkdir(broken);
      await fs.writeFile(
        path.join(broken, "migration.sql"),
        'ALTER TABLE "Member" ADD COLUMN "extra" INT;\nSELECT nope FROM "Member";\n',
      );
      try {
        const deploy = await cli(["migrate", "deploy"], deployDb);
        expect(deploy.code).not.toBe(0);
        expect(deploy.output).toContain("P3018");
        expect(deploy.output).toContain('column "nope" does not exist');
        // The script ran as one statement batch, so its first statement was rolled back too.
        const extra = await query(
          deployDb,
          "SELECT 1 FROM information_schema.columns WHERE table_name = 'Member' AND column_name = 'extra'",
        );
        expect(extra).toEqual([]);
      } finally {
        await fs.rm(broken, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );
});
