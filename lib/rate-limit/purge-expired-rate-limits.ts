import "server-only";

import { db } from "@/lib/db";

import type { TRateLimitDb } from "./consume-rate-limit";

/**
 * Deletes the buckets whose window started before `olderThan`; returns how many. Pass now minus the
 * longest window any rule uses: every such window has ended, and a bucket that is gone counts as empty.
 */
export async function purgeExpiredRateLimits(olderThan: Date, client: TRateLimitDb = db): Promise<number> {
  const { count } = await client.rateLimitBucket.deleteMany({ where: { windowStartedAt: { lt: olderThan } } });
  return count;
}
