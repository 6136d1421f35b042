import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";

import { DELIVER_EMAIL_TASK, deliveryJobKey, MAX_DELIVERY_ATTEMPTS } from "./delivery-job";
import { relayPendingEmails } from "./relay-pending-emails";
import { forgetDeliveriesSince } from "./test-fixtures";

// Real PostgreSQL with graphile-worker's schema; no worker runs here, so the relay is called by hand.
let pool: pg.Pool;
const startedAt = new Date();

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
  await seedFilingBasics();
});

// The jobs added here (this file's and any that earlier files left pending) are not for the files after it
// to deliver before their own.
afterAll(async () => {
  await forgetDeliveriesSince(startedAt);
  await pool.end();
});

async function fileSome(count: number): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const input = ZFileComplaint.parse(complaintFields());
    await fileComplaint(input, { channel: "API", locale: "ru" });
    emails.push(input.email);
  }
  const messages = await db.outboxMessage.findMany({ where: { to: { in: emails } }, select: { id: true } });
  return messages.map((message) => message.id);
}

async function jobsOf(ids: string[]) {
  return db.$queryRaw<{ key: string; payload: { id: string }; max_attempts: number }[]>`
    SELECT job.key, job.payload, job.max_attempts
    FROM graphile_worker._private_jobs job JOIN graphile_worker._private_tasks task ON task.id = job.task_id
    WHERE task.identifier = ${DELIVER_EMAIL_TASK} AND job.key = ANY(${ids.map(deliveryJobKey)}::text[])`;
}

describe("relaying pending emails", () => {
  it("leaves a filed complaint's email pending, then adds its delivery job once and forgets it", async () => {
    const [id] = await fileSome(1);
    expect(await db.pendingEmailJob.findUnique({ where: { messageId: id } })).toMatchObject({
      maxAttempts: MAX_DELIVERY_ATTEMPTS,
    });
    expect(await jobsOf([id])).toEqual([]);

    expect(await relayPendingEmails(pool)).toBeGreaterThanOrEqual(1);
    expect(await jobsOf([id])).toEqual([
      { key: deliveryJobKey(id), payload: { id }, max_attempts: MAX_DELIVERY_ATTEMPTS },
    ]);
    expect(await db.pendingEmailJob.count({ where: { messageId: id } })).toBe(0);

    expect(await relayPendingEmails(pool)).toBe(0);
    expect(await jobsOf([id])).toHaveLength(1);
  });

  it("lets relays running at once share the messages, each message's job added by one of them", async () => {
    const ids = await fileSome(40);
    const pending = await db.pendingEmailJob.count();
    const added = await Promise.all([
      relayPendingEmails(pool, 7),
      relayPendingEmails(pool, 7),
      relayPendingEmails(pool, 7),
    ]);
    let total = added.reduce((sum, count) => sum + count, 0);
    while (total < pending) {
      const more = await Promise.all([relayPendingEmails(pool, 7), relayPendingEmails(pool, 7)]);
      if (more[0] + more[1] === 0) break;
      total += more[0] + more[1];
    }
    expect(total).toBe(pending);
    const jobs = await jobsOf(ids);
    expect(jobs.map((job) => job.payload.id).sort()).toEqual([...ids].sort());
    expect(await db.pendingEmailJob.count({ where: { messageId: { in: ids } } })).toBe(0);
  });
});
