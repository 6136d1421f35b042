import type { Task } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { startWorker, type TWorker } from "@/lib/jobs/worker";
import { inviteStaff } from "@/lib/staff/invite-staff";
import { ZInviteStaff } from "@/lib/staff/schemas";
import { startSmtpSink, type SmtpSink } from "@/scripts/test/smtp-sink";

import { createDeliverEmailTask } from "./deliver-email";
import { DELIVER_EMAIL_TASK, deliveryJobKey, MAX_DELIVERY_ATTEMPTS } from "./delivery-job";
import { enqueueEmail, type TEmailMessage } from "./outbox";
import type { TMailSettings } from "./transport";

// Real PostgreSQL (this run's database, with graphile-worker's schema) and a real SMTP server on loopback.
const FROM = "Клуб клиентов <no-reply@portal.example>";
const databaseUrl = inject("databaseUrl");

let sink: SmtpSink;
const workers: TWorker[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  sink.accept();
  await sink.start();
});

afterAll(async () => {
  await sink.close();
});

function smtp(): TMailSettings {
  return { transport: "smtp", from: FROM, smtp: { host: "127.0.0.1", port: sink.port } };
}

/** A worker like the one in every app instance, with retries looked for every 200 ms instead of 2 s. */
async function worker(settings: TMailSettings, wrap: (task: Task) => Task = (task) => task) {
  const started = await startWorker({
    databaseUrl,
    concurrency: 4,
    taskList: { [DELIVER_EMAIL_TASK]: wrap(createDeliverEmailTask(settings)) },
    pollInterval: 200,
    handleSignals: false,
  });
  workers.push(started);
  return started;
}

function signIn(to: string): TEmailMessage {
  return {
    template: "member-sign-in",
    to,
    locale: "ru",
    data: { url: `https://club.example/sign-in?to=${to}`, expiresInMinutes: 15 },
  };
}

async function enqueue(message: TEmailMessage, options?: Parameters<typeof enqueueEmail>[2]) {
  return db.$transaction((tx) => enqueueEmail(tx, message, options));
}

/**
 * Delivery jobs of this file's messages, found by their keys ("outbox:<id>"); other test files share the
 * database and may leave jobs of their own.
 */
async function deliveryJobs(domain: string): Promise<{ key: string | null; attempts: number; max_attempts: number }[]> {
  return db.$queryRaw`
    SELECT job.key, job.attempts, job.max_attempts
    FROM graphile_worker.jobs job
    JOIN "OutboxMessage" message ON job.key LIKE '%:' || message.id::text
    WHERE job.task_identifier = ${DELIVER_EMAIL_TASK} AND message."to" LIKE ${`%@${domain}`}`;
}

async function allDeliveryJobCount(): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = ${DELIVER_EMAIL_TASK}`;
  return Number(count);
}

const to = (domain: string) => ({ to: { endsWith: `@${domain}` } });
const sentTo = (domain: string) =>
  sink.messages.filter((message) => message.to.some((address) => address.endsWith(`@${domain}`)));
const messageOf = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });
const wait = (timeout: number) => ({ timeout, interval: 100 });

/** Once no delivery job of the domain's messages is left, every job they were given has run. */
async function waitUntilJobsRan(domain: string) {
  await vi.waitFor(async () => expect(await deliveryJobs(domain), "no delivery job is left").toEqual([]), wait(10_000));
}

describe("email outbox", () => {
  it("writes the message and its job with the transaction, and neither when it rolls back", async () => {
    const jobsBefore = await allDeliveryJobCount();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, signIn("rolled.back@rollback.test"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count({ where: to("rollback.test") })).toBe(0);
    expect(await allDeliveryJobCount()).toBe(jobsBefore);

    const { id } = await enqueue(signIn("committed@rollback.test"));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, template: "member-sign-in", locale: "ru" });
    // Stored as the template's data; rendered when it is delivered.
    expect(row).toMatchObject({
      subject: null,
      html: null,
      data: { url: "https://club.example/sign-in?to=committed@rollback.test" },
    });
    expect(await deliveryJobs("rollback.test")).toEqual([
      { key: deliveryJobKey(id), attempts: 0, max_attempts: MAX_DELIVERY_ATTEMPTS },
    ]);
    expect(await allDeliveryJobCount()).toBe(jobsBefore + 1);

    await db.$executeRaw`SELECT graphile_worker.remove_job(${deliveryJobKey(id)})`;
  });

  it("delivers 100 messages exactly once after an SMTP outage", async () => {
    const port = sink.port;
    await sink.stop();
    const started = performance.now();
    await worker(smtp());
    // Queued by a domain action, as in production: each invitation creates an account and its email.
    for (let i = 0; i < 100; i += 1) {
      await inviteStaff(
        ZInviteStaff.parse({
          name: `Сотрудник ${i}`,
          email: `staff${i}@outage.test`,
          role: "OPERATOR",
          offices: "",
          locale: "ru",
        }),
      );
    }
    const queued = await db.outboxMessage.findMany({ where: { ...to("outage.test"), template: "staff-invite" } });
    expect(queued).toHaveLength(100);
    const ids = new Set(queued.map((row) => row.id));

    // The server is down: attempts fail, the reason is kept, nothing is lost or given up.
    await vi.waitFor(async () => {
      expect(
        await db.outboxMessage.count({ where: { ...to("outage.test"), attempts: { gte: 1 } } }),
        "every message has failed once",
      ).toBe(100);
      expect(
        await db.outboxMessage.count({ where: { ...to("outage.test"), attempts: { gte: 2 } } }),
        "retries have begun",
      ).toBeGreaterThan(0);
    }, wait(30_000));
    const failing = await db.outboxMessage.findMany({
      where: to("outage.test"),
      select: { status: true, lastError: true },
    });
    expect(failing.every((row) => row.status === "PENDING")).toBe(true);
    expect(failing.every((row) => /ECONNREFUSED/.test(row.lastError ?? ""))).toBe(true);
    const secondsDown = (performance.now() - started) / 1000;

    await sink.start();
    expect(sink.port).toBe(port);
    await vi.waitFor(
      async () =>
        expect(
          await db.outboxMessage.count({ where: { ...to("outage.test"), status: "SENT" } }),
          "all 100 messages are sent",
        ).toBe(100),
      wait(90_000),
    );
    await waitUntilJobsRan("outage.test");
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `100 messages: ${secondsDown.toFixed(1)} s with the server down, all sent after ${seconds.toFixed(1)} s`,
    );

    const arrived = sentTo("outage.test");
    expect(arrived).toHaveLength(100);
    expect(new Set(arrived.map((message) => message.messageId))).toEqual(
      new Set([...ids].map((id) => `<${id}@portal.example>`)),
    );
    expect(new Set(arrived.flatMap((message) => message.to)).size).toBe(100);
    // Rendered at delivery, in the message's language, with its own link.
    expect(new Set(arrived.map((message) => message.subject))).toEqual(
      new Set(["Приглашение в рабочий кабинет отдела качества"]),
    );
    const links = arrived.map((message) => message.text.match(/\/console\/invite\/[\w-]{43}/)?.[0]);
    expect(new Set(links).size).toBe(100);
    const rows = await db.outboxMessage.findMany({ where: to("outage.test") });
    for (const row of rows) {
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.providerMessageId).toMatch(/^[0-9a-f]{12}$/);
      expect(row.attempts).toBeGreaterThanOrEqual(2);
    }
  });

  it("delivers a filed complaint's email once a worker's relay has added its job", async () => {
    await seedFilingBasics();
    await worker(smtp());
    const filed = await fileComplaint(ZFileComplaint.parse(complaintFields({ email: "filer@relayed.test" })), {
      channel: "API",
      locale: "ru",
    });

    await vi.waitFor(() => expect(sentTo("relayed.test"), "the relayed email arrives").not.toEqual([]), wait(10_000));
    await waitUntilJobsRan("relayed.test");
    expect(sentTo("relayed.test")).toHaveLength(1);
    expect(sentTo("relayed.test")[0].subject).toContain(filed.caseNumber);
    expect(await db.outboxMessage.findFirstOrThrow({ where: to("relayed.test") })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(await db.pendingEmailJob.count({ where: { message: to("relayed.test") } })).toBe(0);
  });

  it("lets two workers share the queue without sending anything twice", async () => {
    const runs = { first: [] as unknown[], second: [] as unknown[] };
    const recording = (name: keyof typeof runs) => (task: Task) =>
      ((payload, helpers) => {
        runs[name].push((payload as { id: string }).id);
        return task(payload, helpers);
      }) satisfies Task;
    await Promise.all([worker(smtp(), recording("first")), worker(smtp(), recording("second"))]);

    const ids = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => (await enqueue(signIn(`member${i}@two-workers.test`))).id),
    );
    await vi.waitFor(
      async () =>
        expect(
          await db.outboxMessage.count({ where: { ...to("two-workers.test"), status: "SENT" } }),
          "all 50 messages are sent",
        ).toBe(50),
      wait(30_000),
    );
    await waitUntilJobsRan("two-workers.test");

    const arrived = sentTo("two-workers.test");
    expect(arrived).toHaveLength(50);
    expect(new Set(arrived.map((message) => message.messageId)).size).toBe(50);
    // Each message's job ran once, and both workers took a share.
    const mine = (name: keyof typeof runs) => runs[name].filter((id) => ids.includes(id as string));
    expect([...mine("first"), ...mine("second")].sort()).toEqual([...ids].sort());
    expect(mine("first").length).toBeGreaterThan(0);
    expect(mine("second").length).toBeGreaterThan(0);
  });

  it("does nothing when a job comes again for a message already sent", async () => {
    await worker(smtp());
    const { id } = await enqueue(signIn("once@again.test"));
    await vi.waitFor(async () => expect((await messageOf(id)).status).toBe("SENT"), wait(10_000));
    await db.$executeRaw`SELECT graphile_worker.add_job(
      ${DELIVER_EMAIL_TASK}::text, json_build_object('id', ${id}::text), job_key := ${`again:${id}`}::text
    )`;
    await waitUntilJobsRan("again.test");
    expect(sentTo("again.test")).toHaveLength(1);
  });

  it("sends the attachments given with the message", async () => {
    await worker(smtp());
    const invite = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    const { id } = await enqueue(signIn("invite@attached.test"), {
      attachments: [
        { filename: "event.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: invite },
      ],
    });
    await vi.waitFor(async () => expect((await messageOf(id)).status).toBe("SENT"), wait(10_000));
    const [message] = sentTo("attached.test");
    expect(message.attachments).toEqual([{ filename: "event.ics", contentType: "text/calendar", content: invite }]);
  });

  it("keeps the message in the development mailbox and sends nothing in mailbox mode", async () => {
    await worker({ transport: "mailbox", from: FROM });
    const { id } = await enqueue(signIn("someone@mailbox.test"));
    await vi.waitFor(async () => expect((await messageOf(id)).status).toBe("CAPTURED"), wait(10_000));
    await waitUntilJobsRan("mailbox.test");
    expect(sentTo("mailbox.test")).toEqual([]);
    // Rendered once, at capture: the mailbox shows what would have been sent.
    const captured = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(captured).toMatchObject({
      sentAt: null,
      providerMessageId: null,
      subject: "Вход в Клуб клиентов",
      data: null,
    });
    expect(captured.text).toContain("https://club.example/sign-in?to=someone@mailbox.test");
  });

  it("gives a message up as FAILED, with the reason, when the server keeps refusing it", async () => {
    sink.refuse({ code: 451, at: "rcpt", message: "4.3.0 Mailbox temporarily unavailable" });
    await worker(smtp());
    const { id } = await enqueue(signIn("refused@refusal.test"), { maxAttempts: 2 });
    await vi.waitFor(async () => expect((await messageOf(id)).status, "settled").not.toBe("PENDING"), wait(30_000));

    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(2);
    expect(row.lastError).toMatch(/^EENVELOPE 451 at RCPT TO: .*451 4\.3\.0 Mailbox temporarily unavailable/);
    expect(row.lastError).not.toContain("Вход в Клуб клиентов");
    // Given up, not left to retry: its job ends (FAILED is recorded a moment before the job is).
    await waitUntilJobsRan("refusal.test");
    expect(sentTo("refusal.test")).toEqual([]);
  });

  it("gives up at once when the server refuses the recipient for good", async () => {
    sink.refuse({ code: 550, at: "rcpt", message: "5.1.1 No such user" });
    await worker(smtp());
    const { id } = await enqueue(signIn("nobody@unknown-user.test"));
    await vi.waitFor(async () => expect((await messageOf(id)).status, "settled").not.toBe("PENDING"), wait(10_000));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
    await waitUntilJobsRan("unknown-user.test");
  });

  it("retries a message refused after DATA and delivers it once the server accepts", async () => {
    sink.refuse({ code: 451, at: "data" });
    await worker(smtp());
    const { id } = await enqueue(signIn("later@data-refusal.test"));
    await vi.waitFor(
      async () => expect((await messageOf(id)).attempts, "refused once").toBeGreaterThanOrEqual(1),
      wait(10_000),
    );
    sink.accept();
    await vi.waitFor(async () => expect((await messageOf(id)).status).toBe("SENT"), wait(20_000));
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.lastError).toMatch(/451/);
    expect(sentTo("data-refusal.test")).toHaveLength(1);
  });
});
