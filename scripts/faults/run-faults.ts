/**
 * `npm run faults`: the slow fault tests, against production servers of a build of their own
 * (NEXT_DIST_DIR, default .next-faults; built first when missing) on a throwaway PostgreSQL cluster of
 * their own — never the portal's embedded one, which this script never stops.
 *
 * 1. The database restarted under a steady filing load (POST /api/v1/complaints with Idempotency-Key):
 *    every request answered 201 is in the database; every other one failed cleanly (503 "retry later", a
 *    problem response without internals, or a refused connection), left no partial rows, and files once when retried with
 *    the same key.
 * 2. Two app instances on one database: a per-client rate limit counts the requests to both together;
 *    complaints filed through both get one email each, every delivery job run once; with the SMTP server
 *    down for a while, the messages queued meanwhile are all delivered once after it returns.
 * 3. A sample of the fuzz tests' hostile input over real HTTP: no 5xx, no internals in any answer.
 *
 * Ports: free ones the system picks, or with FAULTS_PORT_BASE set, that + 1 and + 2 (servers) and + 25 (SMTP).
 * Prints what each part proved.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { DELIVERY_JOB_KEY_PREFIX } from "../../lib/email/delivery-job";
import { freePort } from "../../lib/net/free-port";
import { startSmtpSink, type SmtpSink } from "../test/smtp-sink";
import {
  authSecret,
  check,
  DIST_DIR,
  root,
  sleep,
  startCluster,
  startServer,
  waitUntil,
  type TCluster,
  type TServer,
} from "./support";

/** Fixed ports from FAULTS_PORT_BASE, or none: then ports nothing else listens on. */
const BASE = process.env.FAULTS_PORT_BASE ? Number(process.env.FAULTS_PORT_BASE) : null;
const failures: string[] = [];

type TDb = (typeof import("../../lib/db"))["db"];

async function issueKeys(db: TDb, scope: string, count: number): Promise<string[]> {
  const { issueApiKey } = await import("../../lib/api-keys/issue-api-key");
  const admin = await db.staffUser.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1)
    keys.push((await issueApiKey({ name: `faults ${scope} ${i}`, scopes: [scope as "cases:write"] }, admin)).key);
  return keys;
}

let serial = 0;
function complaint(domain: string) {
  serial += 1;
  return {
    lastName: "Смирнов",
    firstName: "Алексей",
    email: `faults-${serial}-${Date.now()}@${domain}`,
    topic: "queue",
    officePostcode: "101000",
    text: "В отделении работало одно окно из четырёх.",
    consent: true,
  };
}

type TAttempt = {
  apiKey: string;
  key: string;
  body: ReturnType<typeof complaint>;
  status: number | "connection error";
  text: string;
  caseNumber?: string;
  at: number;
};

let clock = performance.now();
const secondsSinceStart = () => (performance.now() - clock) / 1000;

async function file(
  server: TServer,
  apiKey: string,
  idempotencyKey: string,
  body: ReturnType<typeof complaint>,
): Promise<TAttempt> {
  try {
    const response = await fetch(`${server.url}/api/v1/complaints`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${apiKey}`,
        "Idempotency-Key": idempotencyKey,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const caseNumber = response.ok ? (JSON.parse(text) as { caseNumber: string }).caseNumber : undefined;
    return { apiKey, key: idempotencyKey, body, status: response.status, text, caseNumber, at: secondsSinceStart() };
  } catch (error) {
    return {
      apiKey,
      key: idempotencyKey,
      body,
      status: "connection error",
      text: (error as Error).message,
      at: secondsSinceStart(),
    };
  }
}

/** "201 412, 503 20, connection error 8" */
function tally(attempts: TAttempt[]): string {
  const counts = new Map<string, number>();
  for (const attempt of attempts) counts.set(String(attempt.status), (counts.get(String(attempt.status)) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${status} ${count}`).join(", ");
}

const LEAK = /\bat [\w.<>$]+ \(|node_modules|Prisma|prisma\.|ECONNREFUSED|Invalid `|SQLSTATE/;

/** Jobs locked although no worker runs them: pending messages whose job has been locked for over 20 s. */
async function stuckJobs(db: TDb): Promise<{ key: string }[]> {
  return db.$queryRaw`SELECT key FROM graphile_worker._private_jobs WHERE locked_at < now() - interval '20 seconds'`;
}

/**
 * The delivery work still to do for the messages to `domain`: their jobs queued or running, and the messages
 * a relay has yet to give one. None left means every job they were given has run.
 */
async function deliveryWorkLeft(db: TDb, domain: string): Promise<number> {
  const to = `%@${domain}`;
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    SELECT (SELECT count(*) FROM graphile_worker.jobs job JOIN "OutboxMessage" message ON job.key = ${DELIVERY_JOB_KEY_PREFIX}::text || message.id::text
            WHERE message."to" LIKE ${to})::int
         + (SELECT count(*) FROM "PendingEmailJob" pending JOIN "OutboxMessage" message ON message.id = pending."messageId"
            WHERE message."to" LIKE ${to})::int AS count`;
  return count;
}

/**
 * Shortens the waits between delivery attempts to at most three seconds: a message refused while the database
 * or the SMTP server was away waits exp(n) seconds before its next try (n = its failures so far), which on a
 * slow machine can reach minutes. How long a retry waits is not what these checks are about; that every
 * message arrives, once, is.
 */
async function shortenRetryWaits(db: TDb): Promise<void> {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() + interval '3 seconds'
    WHERE locked_at IS NULL AND run_at > now() + interval '3 seconds' AND key LIKE ${`${DELIVERY_JOB_KEY_PREFIX}%`}`;
}

async function databaseRestart(cluster: TCluster, db: TDb, server: TServer, sink: SmtpSink) {
  console.log("\n━━ the database restarted under a steady filing load");
  const keys = await issueKeys(db, "cases:write", 12);
  const orphansBefore = await db.case.count({ where: { applicants: { none: {} } } });
  const attempts: TAttempt[] = [];
  const started = performance.now();
  clock = started;
  let isRunning = true;
  let sent = 0;
  // Four clients, one request at a time each, for 30 s; the database goes down at 8 s for 6 s.
  const clients = Array.from({ length: 4 }, async (_, client) => {
    while (isRunning) {
      const i = sent++;
      attempts.push(
        await file(
          server,
          keys[i % keys.length],
          `faults-restart-${client}-${i}-${Date.now()}`,
          complaint("restart.test"),
        ),
      );
      await sleep(50);
    }
  });
  await sleep(8_000);
  const downAt = performance.now();
  await cluster.stop();
  console.log(`  database stopped at ${((downAt - started) / 1000).toFixed(1)} s`);
  await sleep(6_000);
  await cluster.start();
  console.log(`  database back at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await sleep(16_000);
  isRunning = false;
  await Promise.all(clients);

  const succeeded = attempts.filter((attempt) => attempt.status === 201);
  const failedAt = attempts.filter((attempt) => attempt.status !== 201).map((attempt) => attempt.at);
  if (failedAt.length)
    console.log(`  failures from ${Math.min(...failedAt).toFixed(1)} s to ${Math.max(...failedAt).toFixed(1)} s`);
  const failed = attempts.filter((attempt) => attempt.status !== 201);
  const byStatus = tally(attempts);
  console.log(`  ${attempts.length} requests in ${((performance.now() - started) / 1000).toFixed(0)} s: ${byStatus}`);

  const emails = (list: TAttempt[]) => list.map((attempt) => attempt.body.email);
  const filedRows = async (list: TAttempt[]) =>
    list.length ? db.caseApplicant.count({ where: { email: { in: emails(list) } } }) : 0;
  check(
    succeeded.length > 0 && failed.length > 0,
    `the load ran on both sides of the restart (${succeeded.length} filed, ${failed.length} failed)`,
    failures,
  );
  check(
    (await filedRows(succeeded)) === succeeded.length,
    `every one of the ${succeeded.length} requests answered 201 is in the database`,
    failures,
  );
  const clean = failed.filter(
    (attempt) =>
      attempt.status === "connection error" ||
      (attempt.status === 503 && !LEAK.test(attempt.text) && attempt.text.includes('"requestId"')),
  );
  check(
    clean.length === failed.length,
    `all ${failed.length} failures were clean: 503 (retry later) without internals, or a connection error (${clean.length})`,
    failures,
  );
  const committedAnyway = await filedRows(failed);
  // A failure is ambiguous only when the database committed and then went away before the answer.
  console.log(`  of the failed requests, ${committedAnyway} had been committed before the failure`);

  // Office ratings and queue reports may have no applicant; a complaint always has one.
  const orphans = (await db.case.count({ where: { applicants: { none: {} } } })) - orphansBefore;
  const filedComplaints = await db.caseApplicant.count({
    where: { email: { endsWith: "@restart.test" }, isPrimary: true },
  });
  const emailsQueued = await db.outboxMessage.count({
    where: { to: { endsWith: "@restart.test" }, template: "case-filed" },
  });
  check(orphans === 0, "no partial rows: no case without its applicant", failures);
  check(
    emailsQueued === filedComplaints,
    `no partial rows: each of the ${filedComplaints} filed complaints has its one confirmation email queued (${emailsQueued})`,
    failures,
  );

  // Retried as a client would, four at a time, with the same API key, idempotency key and body (keys are
  // kept apart per API key): files once (201), or answers 200
  // with the case filed before. A retry that fails again is retried again, up to three times.
  const retries: TAttempt[] = [];
  let retriedAgain = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < failed.length; i = next++) {
        let retry = await file(server, failed[i].apiKey, failed[i].key, failed[i].body);
        for (let round = 2; round <= 3 && retry.status !== 201 && retry.status !== 200; round += 1) {
          retriedAgain += 1;
          await sleep(1_000);
          retry = await file(server, failed[i].apiKey, failed[i].key, failed[i].body);
        }
        retries.push(retry);
      }
    }),
  );
  console.log(
    `  ${retries.length} failed requests retried with their keys: ${tally(retries) || "none"} (${retriedAgain} needed another try)`,
  );
  check(
    retries.every((retry) => retry.status === 201 || retry.status === 200),
    "every retry succeeded",
    failures,
  );
  const perEmail = await db.caseApplicant.groupBy({
    by: ["email"],
    where: { email: { in: emails(attempts) } },
    _count: true,
  });
  check(
    perEmail.length === attempts.length && perEmail.every((row) => row._count === 1),
    `after the retries, each of the ${attempts.length} filings is in the database exactly once (${perEmail.length} found)`,
    failures,
  );
  const again: TAttempt[] = [];
  for (const retry of retries.slice(0, 20)) again.push(await file(server, retry.apiKey, retry.key, retry.body));
  check(
    again.every((repeat, i) => repeat.status === 200 && repeat.caseNumber === retries[i].caseNumber),
    `a second retry of ${again.length} of them answers 200 with the same case number, filing nothing (${tally(again)})`,
    failures,
  );
  // The instance's job worker lost its connections too and carries on once the database is back. A job
  // that was running at that moment could not record its end: graphile-worker leaves it locked, to be freed
  // by its stale-lock sweep after four hours (a delay, not a loss; see deliver-email.ts). Here four hours
  // pass for those locks, and the sweep runs.
  const restartTo = { to: { endsWith: "@restart.test" } };
  const queued = await db.outboxMessage.count({ where: restartTo });
  const settled = async () => {
    await shortenRetryWaits(db);
    const sent = await db.outboxMessage.count({ where: { ...restartTo, status: "SENT" } });
    return sent + (await stuckJobs(db)).length === queued;
  };
  await waitUntil(settled, 90_000, "the filings' emails are sent, but for jobs left locked");
  const stuck = await stuckJobs(db);
  console.log(
    `  ${queued - stuck.length} of ${queued} confirmation emails sent; ${stuck.length} job(s) left locked by the outage`,
  );
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = locked_at - interval '4 hours 1 minute' WHERE locked_at IS NOT NULL`;
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = null, locked_by = null, run_at = greatest(run_at, now()) WHERE locked_at < now() - interval '4 hours'`;
  await waitUntil(
    async () => {
      await shortenRetryWaits(db);
      return (await db.outboxMessage.count({ where: { ...restartTo, status: "SENT" } })) === queued;
    },
    60_000,
    "every email is sent",
  );
  const arrived = sink.messages.filter((message) => message.to.some((address) => address.endsWith("@restart.test")));
  check(
    arrived.length === queued && new Set(arrived.map((message) => message.messageId)).size === queued,
    `after the stale-lock sweep, all ${queued} confirmation emails arrived, none twice (${arrived.length} arrived)`,
    failures,
  );
}

/** `count` complaints, alternately through each server, four in flight (as a few busy clients would). */
async function fileMany(servers: TServer[], keys: string[], count: number, domain: string): Promise<TAttempt[]> {
  const attempts: TAttempt[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < count; i = next++) {
        attempts.push(
          await file(
            servers[i % servers.length],
            keys[i % keys.length],
            `faults-${domain.replace(/\W/g, "-")}-${i}-${Date.now()}`,
            complaint(domain),
          ),
        );
      }
    }),
  );
  return attempts;
}

async function twoInstances(db: TDb, servers: [TServer, TServer], sink: SmtpSink) {
  console.log("\n━━ two app instances on one database");
  const keys = await issueKeys(db, "cases:write", 4);

  // A per-client limit (60 status reads a minute per address) across both instances.
  const filed = await file(servers[0], keys[0], `faults-token-${Date.now()}`, complaint("limits.test"));
  const { caseNumber, statusToken } = JSON.parse(filed.text) as { caseNumber: string; statusToken: string };
  const reads = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      fetch(`${servers[i % 2].url}/api/v1/cases/${encodeURIComponent(caseNumber)}`, {
        headers: { Authorization: `Bearer ${statusToken}`, "X-Forwarded-For": "203.0.113.7" },
      }).then((response) => ({ instance: i % 2, status: response.status })),
    ),
  );
  const allowed = reads.filter((read) => read.status === 200);
  const limited = reads.filter((read) => read.status === 429);
  console.log(
    `  100 status reads from one address, alternating instances: ${allowed.length} answered (${allowed.filter((r) => r.instance === 0).length} + ${allowed.filter((r) => r.instance === 1).length}), ${limited.length} limited`,
  );
  check(
    allowed.length === 60 && limited.length === 40,
    "the limit of 60 a minute held across both instances together",
    failures,
  );

  // Complaints through both instances; both instances' workers deliver.
  const before = sink.messages.length;
  const attempts = await fileMany(servers, keys.slice(1), 60, "two-instances.test");
  check(
    attempts.every((attempt) => attempt.status === 201),
    `60 complaints filed, 30 through each instance (${tally(attempts)})`,
    failures,
  );
  const to = { to: { endsWith: "@two-instances.test" } };
  await waitUntil(
    async () => (await db.outboxMessage.count({ where: { ...to, status: "SENT" } })) === 60,
    60_000,
    "60 emails are sent",
  );
  // A second delivery of any of them would come from a job still queued: none is, so none is coming.
  await waitUntil(
    async () => (await deliveryWorkLeft(db, "two-instances.test")) === 0,
    30_000,
    "their delivery jobs have all run",
  );
  const arrived = sink.messages
    .slice(before)
    .filter((message) => message.to.some((address) => address.endsWith("@two-instances.test")));
  const rows = await db.outboxMessage.findMany({ where: to, select: { attempts: true, status: true } });
  check(
    arrived.length === 60 && new Set(arrived.map((message) => message.messageId)).size === 60,
    `60 emails arrived, 60 distinct Message-IDs (${arrived.length} arrived)`,
    failures,
  );
  check(
    rows.every((row) => row.attempts === 1),
    "each delivery job ran once (attempts = 1 on every message)",
    failures,
  );

  // The SMTP server goes away for a while; what is queued meanwhile is delivered once after it returns.
  await sink.stop();
  const outage = await fileMany(servers, keys.slice(1), 30, "smtp-outage.test");
  const down = { to: { endsWith: "@smtp-outage.test" } };
  // Refused again on its retry and still pending: a message is not given up while the server is away.
  await waitUntil(
    async () => (await db.outboxMessage.count({ where: { ...down, attempts: { gte: 2 } } })) === 30,
    60_000,
    "every message failed twice",
  );
  const stillPending = await db.outboxMessage.count({
    where: { ...down, status: "PENDING", lastError: { contains: "ECONNREFUSED" } },
  });
  await sink.start();
  await waitUntil(
    async () => {
      await shortenRetryWaits(db);
      return (await db.outboxMessage.count({ where: { ...down, status: "SENT" } })) === 30;
    },
    120_000,
    "the 30 queued emails are sent",
  );
  await waitUntil(
    async () => (await deliveryWorkLeft(db, "smtp-outage.test")) === 0,
    30_000,
    "their delivery jobs have all run",
  );
  const afterOutage = sink.messages.filter((message) =>
    message.to.some((address) => address.endsWith("@smtp-outage.test")),
  );
  check(
    outage.every((attempt) => attempt.status === 201) && stillPending === 30,
    `30 complaints filed while SMTP was down; all 30 emails refused twice and still pending with "ECONNREFUSED" (${stillPending})`,
    failures,
  );
  check(
    afterOutage.length === 30 && new Set(afterOutage.map((message) => message.messageId)).size === 30,
    `after SMTP returned: ${afterOutage.length} emails arrived, none twice`,
    failures,
  );
}

/**
 * A sample of the fuzz tests' hostile input (lib/fuzz) over real HTTP, for the whole path: the proxy,
 * Next.js's body handling, the route. Every answer must be below 500 and free of internals.
 */
async function hostileOverHttp(db: TDb, server: TServer) {
  console.log("\n━━ hostile input over HTTP");
  const fc = (await import("fast-check")).default;
  const { hostileBody, hostileString } = await import("../../lib/fuzz/hostile-values");
  const { leakIn } = await import("../../lib/fuzz/run-fuzz");
  const [casesKey] = await issueKeys(db, "cases:write", 1);
  const [loyaltyKey] = await issueKeys(db, "loyalty:write", 1);
  const count = Number(process.env.FAULTS_HTTP_CASES ?? 200);
  const valid = () => complaint("http-fuzz.test");
  const routes: { name: string; request: (i: number) => Promise<Response> }[] = [];
  const bodies = fc.sample(hostileBody(valid), { numRuns: count, seed: 7 });
  const strings = fc
    .sample(hostileString, { numRuns: count, seed: 7 })
    .map((value) => encodeURIComponent(value.toWellFormed().slice(0, 2_000)));
  const post = (path: string, key: string) => (i: number) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: bodies[i],
    });
  routes.push({ name: "POST /api/v1/complaints", request: post("/api/v1/complaints", casesKey) });
  routes.push({ name: "POST /api/v1/loyalty/purchases", request: post("/api/v1/loyalty/purchases", loyaltyKey) });
  // A client address per request, so the limit of 60 reads a minute per client never answers in place of the checks.
  const client = (i: number) => ({ "X-Forwarded-For": `10.9.${(i >> 8) & 255}.${i & 255}` });
  routes.push({
    name: "GET /api/v1/cases/{number}",
    request: (i) =>
      fetch(`${server.url}/api/v1/cases/${strings[i]}?token=${strings[count - 1 - i]}`, { headers: client(i) }),
  });
  routes.push({
    name: "GET /api/offices/{postcode}",
    request: (i) => fetch(`${server.url}/api/offices/${strings[i]}`),
  });
  for (const route of routes) {
    const statuses = new Map<number, number>();
    let bad = 0;
    for (let i = 0; i < count; i += 1) {
      const response = await route.request(i);
      const body = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500 || leakIn(body.replace(/"instance":"[^"]*"/, ""))) bad += 1;
    }
    check(
      bad === 0,
      `${route.name}: ${count} hostile requests, none answered 5xx or with internals (${[...statuses].map(([status, n]) => `${status} ${n}`).join(", ")})`,
      failures,
    );
  }
}

async function main() {
  const started = performance.now();
  if (!existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) {
    console.log(`building into ${DIST_DIR}…`);
    const built = spawnSync(process.execPath, [path.join(root, "node_modules", ".bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
    });
    if (built.status !== 0) throw new Error("the build failed");
  }
  // The SMTP server first: when its port is taken (another run), nothing else has been started yet.
  const sink = await startSmtpSink({ port: BASE === null ? 0 : BASE + 25 });
  const cluster = await startCluster().catch(async (error: unknown) => {
    await sink.close();
    throw error;
  });
  process.env.DATABASE_URL = cluster.url;
  process.env.LOG_LEVEL ??= "warn";
  const { db } = await import("../../lib/db");
  const servers: TServer[] = [];
  try {
    const secret = authSecret();
    const options = { databaseUrl: cluster.url, smtpPort: sink.port, authSecret: secret };
    for (const offset of [1, 2])
      servers.push(await startServer({ ...options, port: BASE === null ? await freePort() : BASE + offset }));
    console.log(
      `two servers of ${DIST_DIR} on ports ${servers[0].port} and ${servers[1].port}, one PostgreSQL cluster in ${cluster.dir}`,
    );

    const t0 = performance.now();
    await databaseRestart(cluster, db, servers[0], sink);
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    const t1 = performance.now();
    await twoInstances(db, [servers[0], servers[1]], sink);
    console.log(`  (${((performance.now() - t1) / 1000).toFixed(0)} s)`);
    const t2 = performance.now();
    await hostileOverHttp(db, servers[1]);
    console.log(`  (${((performance.now() - t2) / 1000).toFixed(0)} s)`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await sink.close();
    await db.$disconnect();
    await cluster.dispose();
  }
  console.log(
    `\n${failures.length === 0 ? "all fault checks passed" : `${failures.length} fault check(s) failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
