import "server-only";

import { db } from "@/lib/db";
import { LAZY_COMMIT } from "@/lib/db/lazy-commit";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type TRateLimitRule = { limit: number; windowSeconds: number };
export type TRateLimitResult = { isAllowed: boolean; remaining: number; retryAfterSeconds: number };

/** The client the buckets live in: the app's own, or (in tests) another instance's. */
export type TRateLimitDb = Pick<PrismaClient, "$queryRaw" | "rateLimitBucket">;

function checkRule(rule: TRateLimitRule): void {
  if (
    !Number.isInteger(rule.limit) ||
    rule.limit < 1 ||
    !Number.isInteger(rule.windowSeconds) ||
    rule.windowSeconds < 1
  ) {
    throw new RangeError(`A rate limit needs a whole limit and window of at least 1, not ${JSON.stringify(rule)}`);
  }
}

function checkCost(cost: number): void {
  if (!Number.isInteger(cost) || cost < 1)
    throw new RangeError(`An attempt costs a whole amount of at least 1, not ${cost}`);
}

/**
 * The statement's part that counts one attempt against each bucket key `keys` yields (a query with one
 * column, "key"), returning each bucket's "count" and "secondsLeft": a data-modifying CTE's body, for a
 * caller that counts in a statement of its own (see consumeRateLimit, and the API key check).
 *
 * An attempt weighs `cost` (1 unless said otherwise): a limit on an amount, such as the bytes of uploads,
 * counts each attempt by how much it takes.
 *
 * Time is the database's clock, the same for every instance; timestamps are UTC without a zone, as Prisma
 * writes them, and EXCLUDED."windowStartedAt" is this statement's now. Attempts over the limit are counted
 * too, which keeps them refused until the window ends.
 */
export function countAttemptSql(keys: Prisma.Sql, rule: TRateLimitRule, cost = 1): Prisma.Sql {
  checkRule(rule);
  checkCost(cost);
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" AS bucket ("key", "count", "windowStartedAt")
    SELECT attempt."key", ${cost}::int, now() AT TIME ZONE 'UTC' FROM (${keys}) AS attempt
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE
        WHEN bucket."windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second' <= EXCLUDED."windowStartedAt"
        THEN EXCLUDED."count" ELSE bucket."count" + EXCLUDED."count" END,
      "windowStartedAt" = CASE
        WHEN bucket."windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second' <= EXCLUDED."windowStartedAt"
        THEN EXCLUDED."windowStartedAt" ELSE bucket."windowStartedAt" END
    RETURNING "count",
      ceil(extract(epoch FROM "windowStartedAt" + ${rule.windowSeconds}::int * interval '1 second'
        - (now() AT TIME ZONE 'UTC')))::int AS "secondsLeft"`;
}

/** What a bucket's count says under `rule`. */
export function rateLimitResult(
  bucket: { count: number; secondsLeft: number },
  rule: TRateLimitRule,
): TRateLimitResult {
  const isAllowed = bucket.count <= rule.limit;
  return {
    isAllowed,
    remaining: Math.max(0, rule.limit - bucket.count),
    // Stored times are rounded to milliseconds, so the rest of a window may come out a second long.
    retryAfterSeconds: isAllowed ? 0 : Math.min(rule.windowSeconds, Math.max(1, bucket.secondsLeft)),
  };
}

/**
 * Counts one attempt (weighing `cost`, 1 unless said otherwise) against `key` in a fixed window and says
 * whether it is within the limit.
 *
 * One statement does the reading and the writing, so attempts on any number of app instances are
 * counted one after another on the bucket's row and never exceed the limit together. Inside a
 * transaction (`client` a transaction's), the bucket's row stays locked until it ends, and a rollback
 * takes the attempt back: how a caller counts only what it went on to accept.
 */
export async function consumeRateLimit(
  key: string,
  rule: TRateLimitRule,
  client: TRateLimitDb = db,
  cost = 1,
): Promise<TRateLimitResult> {
  // A count lost to a crash only lets a client a few attempts more, so a count of its own need not wait for
  // the disk; one in the caller's transaction commits as the rest of that transaction does.
  // A transaction's client is the one without a connection of its own to close.
  const isOwnStatement = "$disconnect" in client;
  const [bucket] = await client.$queryRaw<{ count: number; secondsLeft: number }[]>`
    WITH "bucket" AS (${countAttemptSql(Prisma.sql`SELECT ${key}::text AS "key"`, rule, cost)})
    SELECT "count", "secondsLeft"${isOwnStatement ? Prisma.sql`, ${LAZY_COMMIT} AS "lazyCommit"` : Prisma.empty}
    FROM "bucket"`;
  return rateLimitResult(bucket, rule);
}

/** How much of each rule's limit is left on its key in the current window, counting nothing; one round trip. */
export async function peekRateLimits(
  checks: { key: string; rule: TRateLimitRule }[],
  client: TRateLimitDb = db,
): Promise<number[]> {
  if (checks.length === 0) return [];
  for (const { rule } of checks) checkRule(rule);
  const peeks = Prisma.join(checks.map(({ key, rule }) => Prisma.sql`(${key}::text, ${rule.windowSeconds}::int)`));
  const buckets = await client.$queryRaw<{ key: string; count: number }[]>`
    SELECT bucket."key", bucket."count"
    FROM "RateLimitBucket" AS bucket JOIN (VALUES ${peeks}) AS peek ("key", "windowSeconds") ON peek."key" = bucket."key"
    WHERE bucket."windowStartedAt" + peek."windowSeconds" * interval '1 second' > now() AT TIME ZONE 'UTC'`;
  const counts = new Map(buckets.map((bucket) => [bucket.key, bucket.count]));
  return checks.map(({ key, rule }) => Math.max(0, rule.limit - (counts.get(key) ?? 0)));
}

/** How much of `rule`'s limit is left on `key` in the current window, counting nothing. */
export async function peekRateLimit(key: string, rule: TRateLimitRule, client: TRateLimitDb = db): Promise<number> {
  const [left] = await peekRateLimits([{ key, rule }], client);
  return left;
}

/** Forgets the attempts counted against `key`, e.g. the failed ones before a successful sign-in. */
export async function resetRateLimit(key: string, client: TRateLimitDb = db): Promise<void> {
  await client.rateLimitBucket.deleteMany({ where: { key } });
}

/**
 * Forgets every bucket whose key starts with `prefix` (e.g. one account's buckets across client addresses).
 * starts_with compares literally, so the underscores and percent signs of an address are not wildcards.
 */
export async function resetRateLimitsByPrefix(prefix: string, client: TRateLimitDb = db): Promise<void> {
  await client.$queryRaw`DELETE FROM "RateLimitBucket" WHERE starts_with("key", ${prefix}) RETURNING 1`;
}
