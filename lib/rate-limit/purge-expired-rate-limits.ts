import "server-only";

import { db } from "@/lib/db";

import type { TRateLimitDb } from "./consume-rate-limit";

/**
 * How long a bucket is kept after its window started: longer than the longest window any rule uses (a day,
 * the daily limit on ideas), so every bucket older than this has ended and counts as empty when gone.
 */
export const RATE_LIMIT_KEEP_SECONDS = 2 * 24 * 60 * 60;

/** Buckets one statement deletes, so a purge after a flood holds no long lock and writes no huge transaction. */
const PURGE_BATCH = 5_000;

/**
 * Deletes the buckets whose window started before `olderThan`, in batches; returns how many. Pass now minus
 * RATE_LIMIT_KEEP_SECONDS: every such window has ended, and a bucket that is gone counts as empty.
 */
export async function purgeExpiredRateLimits(olderThan: Date, client: TRateLimitDb = db): Promise<number> {
  let total = 0;
  for (;;) {
    // Timestamps are UTC without a zone, as Prisma writes them.
    const [{ count }] = await client.$queryRaw<[{ count: number }]>`
      WITH gone AS (
        DELETE FROM "RateLimitBucket" WHERE "key" IN (
          SELECT "key" FROM "RateLimitBucket" WHERE "windowStartedAt" < ${olderThan.toISOString()}::timestamp LIMIT ${PURGE_BATCH}
        ) RETURNING 1
      )
      SELECT count(*)::int AS count FROM gone`;
    total += count;
    if (count < PURGE_BATCH) return total;
  }
}
