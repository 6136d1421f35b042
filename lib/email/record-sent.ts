import "server-only";

import { db } from "@/lib/db";

import { batchedCalls } from "./batched-calls";

/** A message the SMTP server accepted, with what was rendered for it (null when it was stored rendered). */
export type TSentMessage = {
  id: string;
  sentAt: Date;
  providerMessageId: string;
  rendered: { subject: string; html: string; text: string; headers: Record<string, string> } | null;
};

/**
 * Records accepted messages as SENT, several in one UPDATE (batchedCalls): the messages accepted while one
 * update runs go together in the next. Each caller's promise settles when its own row is written, so a
 * delivery job still ends only after its message is recorded. As with a single update, only a message still
 * PENDING changes, and a fresh rendering is stored with it (its template data dropped).
 */
export function createSentRecorder(): (message: TSentMessage) => Promise<void> {
  return batchedCalls(async (messages: TSentMessage[]) => {
    await writeSent(messages);
    return messages.map(() => undefined);
  });
}

async function writeSent(messages: TSentMessage[]): Promise<void> {
  const column = <T>(pick: (message: TSentMessage) => T) => messages.map(pick);
  // Times as UTC text: the columns are timestamps without zone, as Prisma writes them.
  await db.$executeRaw`
    UPDATE "OutboxMessage" AS m
    SET "status" = 'SENT',
        "attempts" = m."attempts" + 1,
        "sentAt" = v."sentAt",
        "updatedAt" = v."sentAt",
        "providerMessageId" = v."providerMessageId",
        "subject" = coalesce(v."subject", m."subject"),
        "html" = coalesce(v."html", m."html"),
        "text" = coalesce(v."text", m."text"),
        "headers" = CASE WHEN v."subject" IS NULL THEN m."headers" ELSE v."headers"::jsonb END,
        "data" = CASE WHEN v."subject" IS NULL THEN m."data" END
    FROM unnest(
      ${column((m) => m.id)}::uuid[],
      ${column((m) => m.sentAt.toISOString())}::timestamp[],
      ${column((m) => m.providerMessageId)}::text[],
      ${column((m) => m.rendered?.subject ?? null)}::text[],
      ${column((m) => m.rendered?.html ?? null)}::text[],
      ${column((m) => m.rendered?.text ?? null)}::text[],
      ${column((m) => (m.rendered ? JSON.stringify(m.rendered.headers) : null))}::text[]
    ) AS v("id", "sentAt", "providerMessageId", "subject", "html", "text", "headers")
    WHERE m."id" = v."id" AND m."status" = 'PENDING'`;
}
