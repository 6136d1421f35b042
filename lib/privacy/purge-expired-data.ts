import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { purgeExpiredRateLimits, RATE_LIMIT_KEEP_SECONDS } from "@/lib/rate-limit/purge-expired-rate-limits";
import { purgeOldSecurityEvents } from "@/lib/security/security-events";

/** Rows one statement deletes: a first run over a long backlog holds no long lock and writes no huge transaction. */
const BATCH = 5_000;

/** Deletes the rows of `table` that `condition` picks, BATCH at a time; returns how many. */
async function deleteInBatches(table: "VerificationToken" | "AuthSession", condition: Prisma.Sql): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE ctid IN (
        SELECT ctid FROM ${Prisma.raw(`"${table}"`)} WHERE ${condition} LIMIT ${BATCH}
      )`;
    total += count;
    if (count < BATCH) return total;
  }
}

export type TPurgeResult = { rateLimits: number; verificationTokens: number; sessions: number; securityEvents: number };

/**
 * Forgets what is kept only for a while and would otherwise pile up: rate-limit buckets whose windows have
 * ended (their keys name addresses and mailboxes), sign-in links past their time (used ones are deleted as
 * they are used), sessions that were ended or ran out, and the security trail past its keeping time. Run
 * again, it finds nothing more to do.
 */
export async function purgeExpiredData(now: Date = new Date()): Promise<TPurgeResult> {
  // Timestamps are UTC without a zone, as Prisma writes them.
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const result = {
    rateLimits: await purgeExpiredRateLimits(new Date(now.getTime() - RATE_LIMIT_KEEP_SECONDS * 1000)),
    verificationTokens: await deleteInBatches("VerificationToken", Prisma.sql`"expires" < ${at}`),
    sessions: await deleteInBatches("AuthSession", Prisma.sql`"endedAt" IS NOT NULL OR "expiresAt" < ${at}`),
    securityEvents: await purgeOldSecurityEvents(now),
  };
  logger.info({ purged: result }, "expired data purged");
  return result;
}
