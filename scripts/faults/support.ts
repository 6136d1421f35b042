/**
 * What the fault scripts share: a throwaway PostgreSQL cluster of their own (never the portal's
 * `.data/postgres`), the portal's servers with the faults build on it, and small HTTP helpers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureJobQueue } from "../../lib/jobs/job-queue";
import { portalServerArgs } from "../server/portal-server";
import { prisma } from "../test/test-database";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-faults";

export type TCluster = {
  dir: string;
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  dispose: () => Promise<void>;
};

/** A new cluster in a temporary folder, migrated and seeded. Stopping and starting it keeps its port. */
export async function startCluster(): Promise<TCluster> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "portal-faults-pg-"));
  await fs.chmod(dir, 0o755);
  const { url } = await ensureEmbeddedPostgres(dir);
  await prisma(["migrate", "deploy"], url);
  await ensureJobQueue(url);
  await prisma(["db", "seed"], url);
  return {
    dir,
    url,
    stop: async () => {
      await stopEmbeddedPostgres(dir);
    },
    start: async () => {
      const started = await ensureEmbeddedPostgres(dir);
      if (started.url !== url) throw new Error(`the cluster came back on another address: ${started.url}`);
    },
    dispose: async () => {
      await stopEmbeddedPostgres(dir).catch(() => false);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export type TServer = { port: number; url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * The portal's server (scripts/server) with the faults build on 127.0.0.1:`port`, against `databaseUrl`,
 * ready when its health check says so.
 */
export async function startServer(options: {
  port: number;
  databaseUrl: string;
  smtpPort: number;
  authSecret: string;
  env?: Record<string, string>;
}): Promise<TServer> {
  const child = spawn(process.execPath, portalServerArgs(), {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
      // The scripts play the proxy: a request that stands for another client says so in X-Forwarded-For.
      TRUSTED_PROXY_HOPS: "1",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: options.databaseUrl,
      APP_URL: `http://localhost:${options.port}`,
      AUTH_SECRET: options.authSecret,
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}`,
      MAIL_TRANSPORT: "smtp",
      WORKER_MODE: "embedded",
      LOG_LEVEL: "fatal",
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`the server on port ${options.port} exited with ${child.exitCode}`);
      return Boolean((await fetch(`${url}/api/health`).catch(() => null))?.ok);
    },
    90_000,
    `the server on port ${options.port} is healthy`,
  );
  return {
    port: options.port,
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000).then(() => child.kill("SIGKILL"))]);
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const authSecret = () => randomBytes(32).toString("base64url");

/**
 * Polls until `condition` holds, or fails the run after `timeoutMs`. The fault scripts run under plain Node,
 * where vitest's vi.waitFor (what the tests use) is not available.
 */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(250);
  }
}

/** A check that prints what it proved, or fails the run. */
export function check(isTrue: boolean, claim: string, failures: string[]) {
  console.log(`  ${isTrue ? "✓" : "✗"} ${claim}`);
  if (!isTrue) failures.push(claim);
}
