/**
 * A worker killed (SIGKILL, no chance to clean up) in the middle of an SMTP transaction: a real worker
 * process (scripts/faults/delivery-worker.ts), a real SMTP server on loopback that holds the transaction
 * open at the moment the test chooses, and this run's PostgreSQL.
 *
 * graphile-worker leaves the dead worker's job locked; its stale-lock sweep frees jobs locked for more than
 * four hours. The tests move the lock four hours back and run that sweep's statement, instead of waiting.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { db } from "@/lib/db";
import { startWorker, type TWorker } from "@/lib/jobs/worker";

import { createDeliverEmailTask } from "./deliver-email";
import { DELIVER_EMAIL_TASK, deliveryJobKey } from "./delivery-job";
import { enqueueEmail } from "./outbox";

const databaseUrl = inject("databaseUrl");
const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * Where the server stops answering a recipient's transaction, until released: after RCPT TO (before the
 * message) or after the message's data (before "250"). Other recipients' mail (jobs other test files left
 * in the shared queue) goes through.
 */
type THold = { at: "rcpt" | "data"; to: string } | null;

/** A loopback SMTP server that keeps what it received and can hold a transaction open. */
class HoldingSmtp {
  readonly received: { to: string; messageId: string }[] = [];
  hold: THold = null;
  private readonly waiting: (() => void)[] = [];
  private readonly server: SMTPServer;
  private heldListeners: (() => void)[] = [];

  constructor() {
    this.server = new SMTPServer({
      disabledCommands: ["AUTH", "STARTTLS"],
      authOptional: true,
      logger: false,
      onRcptTo: (address, _session, callback) => this.pause("rcpt", address.address, () => callback()),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.received.push({ to: session.envelope.rcptTo[0].address, messageId: parsed.messageId ?? "" });
            this.pause("data", session.envelope.rcptTo[0].address, () => callback(null, "OK: queued"));
          })
          .catch(callback);
      },
    });
    this.server.on("error", () => {});
  }

  private pause(at: "rcpt" | "data", to: string, proceed: () => void) {
    if (this.hold?.at !== at || this.hold.to !== to) return proceed();
    this.waiting.push(proceed);
    for (const listener of this.heldListeners.splice(0)) listener();
  }

  /** Settles when a transaction is being held. */
  held(): Promise<void> {
    return this.waiting.length ? Promise.resolve() : new Promise((resolve) => this.heldListeners.push(resolve));
  }

  release() {
    this.hold = null;
    for (const proceed of this.waiting.splice(0)) proceed();
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    this.release();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let smtp: HoldingSmtp;
let port: number;
const children: ChildProcess[] = [];
const workers: TWorker[] = [];

beforeAll(async () => {
  smtp = new HoldingSmtp();
  port = await smtp.listen();
});

afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  smtp.release();
});

afterAll(() => smtp.close());

/** The delivery worker as a process of its own, started and ready. */
async function workerProcess(): Promise<ChildProcess> {
  // Node itself with tsx as a loader (not tsx's CLI, which would run the worker in a grandchild that a
  // SIGKILL of its parent leaves alive).
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/faults/delivery-worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => (chunk.toString().includes("ready") ? resolve() : undefined));
    child.once("exit", (code) => reject(new Error(`the worker process exited with ${code} before it was ready`)));
  });
  return child;
}

async function kill(child: ChildProcess) {
  child.kill("SIGKILL");
  if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
}

/**
 * Queues a message, first in line: other test files share this database and may leave delivery jobs
 * behind, which a worker would otherwise take first.
 */
async function enqueue(to: string): Promise<string> {
  const { id } = await db.$transaction((tx) =>
    enqueueEmail(tx, {
      template: "member-sign-in",
      to,
      locale: "ru",
      data: { url: "https://club.example/sign-in", expiresInMinutes: 15 },
    }),
  );
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET priority = -100 WHERE key = ${deliveryJobKey(id)}`;
  return id;
}

async function job(id: string) {
  const [row] = await db.$queryRaw<{ locked_at: Date | null; locked_by: string | null; attempts: number }[]>`
    SELECT locked_at, locked_by, attempts FROM graphile_worker._private_jobs WHERE key = ${deliveryJobKey(id)}`;
  return row ?? null;
}

/** Four hours pass for this job's lock, then graphile-worker's stale-lock sweep runs (its own statement). */
async function expireLock(id: string) {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = locked_at - interval '4 hours 1 minute' WHERE key = ${deliveryJobKey(id)}`;
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = null, locked_by = null, run_at = greatest(run_at, now())
    WHERE locked_at < now() - interval '4 hours'`;
}

/** A worker in this process; `concurrency` 1 takes the queue's jobs one after another, in their order. */
async function inProcessWorker(concurrency = 2) {
  const worker = await startWorker({
    databaseUrl,
    concurrency,
    taskList: {
      [DELIVER_EMAIL_TASK]: createDeliverEmailTask({
        transport: "smtp",
        from: "Клуб клиентов <no-reply@portal.example>",
        smtp: { host: "127.0.0.1", port },
      }),
    },
    pollInterval: 200,
    handleSignals: false,
  });
  workers.push(worker);
}

const arrivals = (to: string) => smtp.received.filter((message) => message.to === to);
const status = async (id: string) => (await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status;

async function waitUntilSent(id: string) {
  await vi.waitFor(async () => expect(await status(id), "the message is sent").toBe("SENT"), {
    timeout: 15_000,
    interval: 100,
  });
}

describe("a worker killed mid-delivery", () => {
  it("before the message was accepted: the message is delivered once, after the dead worker's lock expires", async () => {
    const to = "killed.before.data@crash.test";
    smtp.hold = { at: "rcpt", to };
    const id = await enqueue(to);
    const child = await workerProcess();
    await smtp.held();
    const deadWorker = (await job(id))?.locked_by;
    expect(deadWorker).toBeTruthy();
    await kill(child);

    // The dead worker's job stays locked: another worker does not take it, so nothing goes out twice.
    // That worker takes jobs one at a time in the queue's order, and a message queued after this one comes
    // later in it: once the later one is sent, the worker has passed this one by.
    smtp.release();
    await inProcessWorker(1);
    const later = await enqueue("queued.after.the.kill@crash.test");
    await waitUntilSent(later);
    expect(arrivals(to)).toHaveLength(0);
    expect(await status(id)).toBe("PENDING");
    expect(await job(id)).toMatchObject({ locked_by: deadWorker, locked_at: expect.any(Date) });

    await expireLock(id);
    await waitUntilSent(id);
    await vi.waitFor(async () => expect(await job(id), "the job is done").toBeNull(), {
      timeout: 5_000,
      interval: 100,
    });
    expect(arrivals(to)).toHaveLength(1);
    expect(arrivals(to)[0].messageId).toBe(`<${id}@portal.example>`);
    console.info(`killed at RCPT TO: after the lock expired, ${arrivals(to).length} delivery, status SENT`);
  });

  // The gap "deliver-email.ts" names: the server has the whole message but the worker dies before it hears
  // "250" and records SENT. After the lock expires the message goes out again, with the same Message-ID.
  it("after the server has the message but before it is recorded: sent again, with the same Message-ID (the known gap)", async () => {
    const to = "killed.after.data@crash.test";
    smtp.hold = { at: "data", to };
    const id = await enqueue(to);
    const child = await workerProcess();
    await smtp.held();
    await kill(child);
    smtp.release();
    expect(arrivals(to)).toHaveLength(1);
    expect(await status(id)).toBe("PENDING");

    await inProcessWorker();
    await expireLock(id);
    await waitUntilSent(id);
    expect(arrivals(to)).toHaveLength(2);
    expect(new Set(arrivals(to).map((message) => message.messageId))).toEqual(new Set([`<${id}@portal.example>`]));
    console.info(`killed between the message's data and "250": ${arrivals(to).length} arrivals with one Message-ID`);
  });
});
