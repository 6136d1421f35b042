/**
 * What the HTTP benchmarks share: a production server (the portal's own server, scripts/server, with the
 * build in NEXT_DIST_DIR, default .next, as `npm run build` makes it) on loopback, on a throwaway migrated and seeded database of its own, with the baseline
 * routes on (BENCH_ROUTES=1); autocannon runs against it; a table of throughput and latency percentiles
 * with each figure as a ratio of the same run's baseline; the figures as JSON through bench-run.ts.
 *
 * The server works no background jobs (WORKER_MODE=off: email delivery is measured by bench:email) and
 * logs warnings only, so what is measured is the request path.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";

import { portalServerArgs } from "../../server/portal-server";
import { createTestDatabase, prisma, type TestDatabase } from "../../test/test-database";
import { cleanUpOnStop, numberFlag, root } from "./bench-run";

/** Seconds per measured run (--duration, default 10) and of the warm-up before each (--warmup, default 3). */
export const timing = () => ({ duration: numberFlag("duration", 10), warmup: numberFlag("warmup", 3) });

export type TBenchServer = { url: string; database: TestDatabase; pid: number; stop: () => Promise<void> };

const distDir = () => process.env.NEXT_DIST_DIR || ".next";

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before it answered`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * Starts the portal's server on 127.0.0.1:`port` with its own migrated, seeded database. `env` adds to (or
 * overrides) the server's environment. Stop it with `stop()`, which also drops the database; Ctrl-C does
 * the same.
 */
export async function startBenchServer({
  port,
  env = {},
  seed = true,
}: {
  port: number;
  env?: Record<string, string>;
  seed?: boolean;
}): Promise<TBenchServer> {
  const buildId = path.join(root, distDir(), "BUILD_ID");
  const built = await fs.stat(buildId).catch(() => null);
  if (!built) {
    throw new Error(`No production build in ${distDir()}. Build one first: NEXT_DIST_DIR=${distDir()} npm run build`);
  }
  console.log(`build: ${distDir()} of ${built.mtime.toISOString()}`);
  const database = await createTestDatabase();
  let server: ChildProcess | null = null;
  const stop = cleanUpOnStop(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.dispose();
  });
  try {
    if (seed) await prisma(["db", "seed"], database.url);
    const url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      portalServerArgs({ nodeFlags: process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) }),
      {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          NODE_ENV: "production",
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          NEXT_DIST_DIR: distDir(),
          DATABASE_URL: database.url,
          APP_URL: url,
          AUTH_SECRET: randomBytes(32).toString("base64url"),
          MAIL_TRANSPORT: "mailbox",
          WORKER_MODE: "off",
          LOG_LEVEL: "warn",
          BENCH_ROUTES: "1",
          ...env,
        },
      },
    );
    await waitForHealth(url, server);
    const baseline = await fetch(`${url}/api/bench/select`);
    if (baseline.status !== 200) {
      throw new Error(
        `GET /api/bench/select answered ${baseline.status}: the build in ${distDir()} predates the baseline routes; build it again`,
      );
    }
    return { url, database, pid: server.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type TRequest = { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type TLoad = {
  name: string;
  url: string;
  /** The request to send; called for every request, so bodies and keys can differ. */
  request: (i: number) => TRequest;
  connections: number;
  duration: number;
  /** A number of requests to send instead of running for `duration` seconds. */
  amount?: number;
  /** Requests per second across all connections (autocannon's overallRate); none: as fast as it answers. */
  overallRate?: number;
};

export type TRunResult = {
  name: string;
  connections: number;
  targetRate: number | null;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
};

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

type TCannonRun = { connections: number; overallRate?: number; delayMs: number };

/** Starts one autocannon instance after `delayMs`, recording every response into `into`. */
function cannon(
  load: TLoad,
  run: TCannonRun,
  next: () => number,
  into: { latencies: number[]; statuses: Record<string, number> },
): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    setTimeout(() => {
      const instance = autocannon(
        {
          url: load.url,
          connections: run.connections,
          ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
          overallRate: run.overallRate,
          timeout: 30,
          requests: [
            {
              setupRequest: (request) => {
                const wanted = load.request(next());
                return {
                  ...request,
                  method: wanted.method ?? "GET",
                  path: wanted.path,
                  headers: { ...wanted.headers },
                  body: wanted.body,
                };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        into.latencies.push(responseTime);
        into.statuses[statusCode] = (into.statuses[statusCode] ?? 0) + 1;
      });
    }, run.delayMs);
  });
}

/**
 * How a run's connections are driven. As fast as the server answers: one autocannon instance. At a fixed
 * rate: autocannon lets each connection send its share of a second's requests at the start of the second,
 * so all connections would burst together and a steady rate would be measured as a train of spikes. Each
 * connection is therefore an instance of its own with its share of the rate, the instances started evenly
 * across the first second: the second's requests arrive spread over it, as from many independent clients.
 */
function cannonRuns(load: TLoad): TCannonRun[] {
  if (!load.overallRate || load.connections === 1)
    return [{ connections: load.connections, overallRate: load.overallRate, delayMs: 0 }];
  const rate = load.overallRate;
  return Array.from({ length: load.connections }, (_, k) => ({
    connections: 1,
    // Shares that add up to the rate exactly.
    overallRate: Math.floor((rate * (k + 1)) / load.connections) - Math.floor((rate * k) / load.connections),
    delayMs: Math.round((1000 * k) / load.connections),
  })).filter((run) => run.overallRate! > 0);
}

/**
 * One run of a load. Latency is each request's own time from sending to the complete response, every
 * request counted (autocannon's histogram stops at p97.5 before p99 and has no p95).
 */
export async function runLoad(load: TLoad): Promise<TRunResult> {
  const recorded = { latencies: [] as number[], statuses: {} as Record<string, number> };
  let i = 0;
  const started = performance.now();
  const results = await Promise.all(cannonRuns(load).map((run) => cannon(load, run, () => i++, recorded)));
  // Each instance runs for the duration from its own start; fixed-rate instances start within the first second.
  const longest = Math.max(...results.map((result) => result.duration));
  const seconds = Math.min(longest, (performance.now() - started) / 1000);
  const sorted = Float64Array.from(recorded.latencies).sort();
  return {
    name: load.name,
    connections: load.connections,
    targetRate: load.overallRate ?? null,
    seconds,
    requests: recorded.latencies.length,
    perSecond: recorded.latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    statuses: recorded.statuses,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    timeouts: results.reduce((sum, result) => sum + result.timeouts, 0),
  };
}

/** A short run whose figures are dropped: compiles the hot paths and fills the connection pools. */
export async function warmUp(load: TLoad, seconds: number): Promise<void> {
  if (seconds > 0)
    await runLoad({
      ...load,
      name: `${load.name} (warm-up)`,
      duration: seconds,
      amount: undefined,
      overallRate: undefined,
    });
}

export type TRow = TRunResult & { baseline?: TRunResult };

const ratio = (value: number, base: number | undefined) =>
  base && Number.isFinite(base) && base > 0 ? `${(value / base).toFixed(2)}×` : "";

/** Prints the runs as a table: each row's throughput and p99 also as a multiple of its baseline's. */
export function printTable(title: string, rows: TRow[]): void {
  console.log(`\n${title}\n`);
  const head = ["run", "conns", "target/s", "req/s", "× base", "p50 ms", "p95 ms", "p99 ms", "p99 × base", "statuses"];
  const lines = rows.map((row) => [
    row.name,
    String(row.connections),
    row.targetRate ? String(row.targetRate) : "max",
    row.perSecond.toFixed(0),
    ratio(row.perSecond, row.baseline?.perSecond),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.p99.toFixed(1),
    ratio(row.p99, row.baseline?.p99),
    Object.entries(row.statuses)
      .map(([code, n]) => `${code}:${n}`)
      .join(" ") +
      (row.errors ? ` errors:${row.errors}` : "") +
      (row.timeouts ? ` timeouts:${row.timeouts}` : ""),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((line) => line[c].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === cells.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ");
  console.log(format(head));
  for (const line of lines) console.log(format(line));
}

export type TBaselineComparison = {
  rate: number;
  baselineMax: TRunResult;
  targetMax: TRunResult;
  baselineHalf: TRunResult;
  targetHalf: TRunResult;
};

/**
 * The baseline and the target each as fast as they answer (after a warm-up), then each at a fixed rate of half
 * the baseline's maximum (autocannon's overallRate) over `rateConnections`; prints the four runs as a table.
 * The loads are built afresh for every run.
 */
export async function compareWithBaseline({
  title,
  baseline,
  target,
  halfNames,
  warmup,
  rateConnections,
}: {
  title: string;
  baseline: () => TLoad;
  target: () => TLoad;
  halfNames: { baseline: string; target: string };
  warmup: number;
  rateConnections: number;
}): Promise<TBaselineComparison> {
  await warmUp(baseline(), warmup);
  const baselineMax = await runLoad(baseline());
  await warmUp(target(), warmup);
  const targetMax = await runLoad(target());
  const rate = Math.max(1, Math.floor(baselineMax.perSecond / 2));
  // The fixed-rate runs last `duration` seconds even where the maximum runs sent a number of requests.
  const atHalf = (load: TLoad, name: string) =>
    runLoad({ ...load, name, connections: rateConnections, amount: undefined, overallRate: rate });
  const baselineHalf = await atHalf(baseline(), halfNames.baseline);
  const targetHalf = await atHalf(target(), halfNames.target);
  printTable(title, [
    baselineMax,
    { ...targetMax, baseline: baselineMax },
    baselineHalf,
    { ...targetHalf, baseline: baselineHalf },
  ]);
  return { rate, baselineMax, targetMax, baselineHalf, targetHalf };
}
