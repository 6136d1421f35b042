import "server-only";

import { db } from "@/lib/db";

import { inboundJobKey, RECEIVE_INBOUND_EMAIL_TASK } from "./inbound-job";

export type TStoredInboundEmail = { id: string; isNew: boolean };

/**
 * Keeps a received message, raw, and queues the job that files it — one transaction, done before the SMTP
 * server says "250 OK", so a crash afterwards loses nothing. The same Message-ID again (a sender's retry,
 * a second MX) finds the row already there and queues nothing.
 */
export async function storeInboundEmail(
  raw: Buffer,
  messageId: string,
  options: { enqueue: boolean },
): Promise<TStoredInboundEmail> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "InboundEmail" ("id", "messageId", "raw")
      VALUES (gen_random_uuid(), ${messageId}, ${new Uint8Array(raw)})
      ON CONFLICT ("messageId") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) {
      const existing = await tx.inboundEmail.findUniqueOrThrow({ where: { messageId }, select: { id: true } });
      return { id: existing.id, isNew: false };
    }
    const { id } = inserted[0];
    if (options.enqueue) {
      await tx.$executeRaw`SELECT graphile_worker.add_job(
        ${RECEIVE_INBOUND_EMAIL_TASK}::text,
        json_build_object('id', ${id}::text),
        job_key := ${inboundJobKey(id)}::text
      )`;
    }
    return { id, isNew: true };
  });
}
