import "server-only";

import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TRateLimitRule = { limit: number; windowSeconds: number };
export type TRateLimitResult = { isAllowed: boolean; remaining: number; retryAfterSeconds: number };

/** The client the buckets live in: the app's own, or (in tests) another instance's. */
export type TRateLimitDb = Pick<PrismaClient, "$queryRaw" | "rateLimitBucket">;

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within the limit.
 *
 * One statement does the reading and the writing, so attempts on any number of app instances are
 * counted one after another on the bucket's row and never exceed the limit together. Time is the
 * database's clock, the same for every instance. Attempts over the limit are counted too, which keeps
 * them refused until the window ends.
 */
export async function consumeRateLimit(
  key: string,
  rule: TRateLimitRule,
  client: TRateLimitDb = db,
): Promise<TRateLimitResult> {
  if (!Number.isInteger(rule.limit) || rule.limit < 1 || !Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new RangeError(`A rate limit needs a whole limit and window of at least 1, not ${JSON.stringify(rule)}`);
  }
  // Timestamps are UTC without a zone, as Prisma writes them; EXCLUDED."windowStartedAt" is this
  // statement's now.
  const [bucket] = await client.$queryRaw<{ count: number; secondsLeft: number }[]>`
    INSERT INTO "RateLimitBucket" AS bucket ("key", "count", "windowStartedAt")
    VALUES (${key}, 1, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE
        WHEN bucket."windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second' <= EXCLUDED."windowStartedAt"
        THEN 1 ELSE bucket."count" + 1 END,
      "windowStartedAt" = CASE
        WHEN bucket."windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second' <= EXCLUDED."windowStartedAt"
        THEN EXCLUDED."windowStartedAt" ELSE bucket."windowStartedAt" END
    RETURNING "count",
      ceil(extract(epoch FROM "windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second'
        - (now() AT TIME ZONE 'UTC')))::int AS "secondsLeft"`;
  const isAllowed = bucket.count <= rule.limit;
  return {
    isAllowed,
    remaining: Math.max(0, rule.limit - bucket.count),
    // Stored times are rounded to milliseconds, so the rest of a window may come out a second long.
    retryAfterSeconds: isAllowed ? 0 : Math.min(rule.windowSeconds, Math.max(1, bucket.secondsLeft)),
  };
}

/** Forgets the attempts counted against `key`, e.g. the failed ones before a successful sign-in. */
export async function resetRateLimit(key: string, client: TRateLimitDb = db): Promise<void> {
  await client.rateLimitBucket.deleteMany({ where: { key } });
}
