/**
 * `npm start`: the portal on one machine with nothing configured. Uses DATABASE_URL when set, else the
 * project's embedded PostgreSQL (started here, stopped on exit); applies migrations; seeds demo data into an
 * empty database; then runs the portal's server (scripts/server; `--dev`: with the development server), on
 * 127.0.0.1 unless HOSTNAME or HOST says otherwise. With no SMTP server configured, mail is kept in the
 * development mailbox, which answers only this machine (and signed-in administrators).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { loadEnvConfig, resetEnv } from "@next/env";
import pg from "pg";

import { ConfigError, parseConfig } from "../lib/config";
import { ensureDatabaseUrl } from "../lib/db/database-url";
import { defaultEmbeddedRoot, stopEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { listenHostname, portalServerArgs } from "./server/portal-server";
import { exitWithServer } from "./server/server-process";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function step(message: string) {
  console.log(`\u25B8 ${message}`);
}

/** Runs a command to completion with the current environment, failing on a non-zero exit. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}`)),
    );
  });
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/**
 * A local production run still needs a signing secret and a base URL. When neither the environment nor an
 * env file gives them, write .env.local once (git-ignored) rather than run with a secret everyone knows.
 */
async function ensureLocalSecrets() {
  loadEnvConfig(root, isDev);
  if (process.env.AUTH_SECRET && process.env.APP_URL) return;
  const file = path.join(root, ".env.local");
  const lines = [
    "# Written by `npm start` for a local run; see .env.example for every variable.",
    ...(process.env.AUTH_SECRET ? [] : [`AUTH_SECRET=${randomBytes(32).toString("base64url")}`]),
    ...(process.env.APP_URL ? [] : [`APP_URL=http://localhost:${port}`]),
  ];
  await fs.appendFile(file, `${existsSync(file) ? "\n" : ""}${lines.join("\n")}\n`, { mode: 0o600 });
  step(
    `wrote ${path.relative(root, file)} for a local run (${lines
      .slice(1)
      .map((line) => line.split("=")[0])
      .join(", ")})`,
  );
  resetEnv();
  loadEnvConfig(root, isDev, undefined, true);
}

/**
 * The server's environment. With no SMTP server configured, mail stays in the development mailbox: asked
 * for here, for this run only, and never written to a file, where it would outlast a later SMTP_URL.
 */
function serverEnv(): NodeJS.ProcessEnv {
  const hasMailSetting = Boolean(process.env.SMTP_URL || process.env.SMTP_HOST || process.env.MAIL_TRANSPORT);
  const env = { ...process.env, ...(hasMailSetting ? {} : { MAIL_TRANSPORT: "mailbox" }) };
  try {
    // The server checks this again as it starts; checked here too, before the database is touched.
    parseConfig({ ...env, NODE_ENV: isDev ? "development" : "production" });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new Error(`${error.message}\nSee .env.example for every variable. The server is not started.`);
  }
  return env;
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "StaffUser"`);
    return rows[0].count === "0";
  } finally {
    await client.end();
  }
}

async function main() {
  if (!isDev && !existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first.");
  }
  await ensureLocalSecrets();
  const env = serverEnv();

  const database = await ensureDatabaseUrl();
  const embeddedRelative = path.relative(root, defaultEmbeddedRoot());
  const embeddedDir = embeddedRelative.startsWith("..") ? defaultEmbeddedRoot() : embeddedRelative;
  step(database.isEmbedded ? `using the embedded PostgreSQL in ${embeddedDir}` : "using DATABASE_URL");

  step("applying migrations");
  await run(process.execPath, [bin("prisma"), "migrate", "deploy"]);
  if (await isEmpty(database.url)) {
    step("empty database: seeding demo data");
    await run(process.execPath, [bin("prisma"), "db", "seed"]);
  }

  step(`starting the ${isDev ? "development" : "production"} server on ${listenHostname(process.env)}:${port}`);
  const server = spawn(process.execPath, portalServerArgs({ isDev }), {
    cwd: root,
    stdio: "inherit",
    env: { ...env, DATABASE_URL: database.url, PORT: port },
  });
  // The server finishes its requests and jobs before its database goes away.
  exitWithServer(
    server,
    async () => {
      if (!database.started) return;
      await stopEmbeddedPostgres(defaultEmbeddedRoot());
      step(`stopped the embedded PostgreSQL (data kept in ${embeddedDir})`);
    },
    0,
  );
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
