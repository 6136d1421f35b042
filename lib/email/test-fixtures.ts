import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { contentOf } from "./stored-message";

/**
 * Outbox messages as their recipients will read them, oldest first: the stored rows with subject, text,
 * HTML and headers — rendered from the template and data when no delivery has rendered them yet.
 */
export async function emailsWhere(where: Prisma.OutboxMessageWhereInput) {
  const rows = await db.outboxMessage.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return Promise.all(rows.map(async (row) => ({ ...row, ...(await contentOf(row)) })));
}

/** The newest message matching `where`; throws when there is none. */
export async function emailWhere(where: Prisma.OutboxMessageWhereInput) {
  const found = (await emailsWhere(where)).at(-1);
  if (!found) throw new Error("no such email in the outbox");
  return found;
}

/**
 * Takes back the deliveries of messages written since `since` that no worker has started: their jobs and
 * their pending jobs (the relay's). For a test file that files thousands of cases, so that the files after
 * it, which share the database and its job queue, do not wait behind their emails. The messages stay.
 */
export async function forgetDeliveriesSince(since: Date): Promise<void> {
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE created_at >= ${since} AND locked_at IS NULL`;
  await db.pendingEmailJob.deleteMany({ where: { message: { createdAt: { gte: since } } } });
}
