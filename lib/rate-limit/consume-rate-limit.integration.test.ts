import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";

import {
  consumeRateLimit,
  peekRateLimit,
  peekRateLimits,
  resetRateLimit,
  type TRateLimitResult,
} from "./consume-rate-limit";
import { purgeExpiredRateLimits } from "./purge-expired-rate-limits";

// A second app instance: its own client and connection pool on the same database.
const otherInstance = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

afterAll(async () => {
  await otherInstance.$disconnect();
});

const MINUTE = { limit: 3, windowSeconds: 60 };
const newKey = () => `test:${randomUUID()}`;

/** Moves the bucket's window back in time, as if its attempts had been made that long ago. */
async function age(key: string, seconds: number) {
  const { windowStartedAt } = await db.rateLimitBucket.findUniqueOrThrow({ where: { key } });
  await db.rateLimitBucket.update({
    where: { key },
    data: { windowStartedAt: new Date(windowStartedAt.getTime() - seconds * 1000) },
  });
}

/** The setting that decides whether a commit waits for the disk, as the connection sees it now. */
async function syncCommit(client: Pick<PrismaClient, "$queryRaw">): Promise<string> {
  const [row] = await client.$queryRaw<{ synchronous_commit: string }[]>`SHOW synchronous_commit`;
  return row.synchronous_commit;
}

describe("a count's commit", () => {
  // One connection, so that what a statement leaves behind on it is seen by the next.
  const oneConnection = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }),
  });
  afterAll(async () => {
    await oneConnection.$disconnect();
  });

  it("of its own leaves the connection's next statements waiting for the disk as before", async () => {
    expect((await consumeRateLimit(newKey(), MINUTE, oneConnection)).isAllowed).toBe(true);
    expect(await syncCommit(oneConnection)).toBe("on");
  });

  it("in a caller's transaction leaves that transaction's commit as it was", async () => {
    const during = await oneConnection.$transaction(async (tx) => {
      await consumeRateLimit(newKey(), MINUTE, tx);
      return syncCommit(tx);
    });
    expect(during).toBe("on");
  });
});

describe("consumeRateLimit", () => {
  it("allows the limit, then refuses until the window ends", async () => {
    const key = newKey();
    const results: TRateLimitResult[] = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(key, MINUTE));

    expect(results.map((r) => [r.isAllowed, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(results.slice(0, 3).every((r) => r.retryAfterSeconds === 0)).toBe(true);
    // Refused right after the window opened: the whole minute is left, give or take a second.
    expect(results[3].retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(results[3].retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("tells how long is left of a window that is running out", async () => {
    const key = newKey();
    for (let i = 0; i < 3; i++) await consumeRateLimit(key, MINUTE);
    await age(key, 45);
    const refused = await consumeRateLimit(key, MINUTE);
    expect(refused.isAllowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(14);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(16);
  });

  it("starts a new window, counting from one, once the old one has passed", async () => {
    const key = newKey();
    for (let i = 0; i < 4; i++) await consumeRateLimit(key, MINUTE);
    await age(key, 61);
    expect(await consumeRateLimit(key, MINUTE)).toEqual({ isAllowed: true, remaining: 2, retryAfterSeconds: 0 });
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(bucket.count).toBe(1);
    expect(Math.abs(bucket.windowStartedAt.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("starts a new window by the database's clock, not the app's", async () => {
    const key = newKey();
    const rule = { limit: 1, windowSeconds: 1 };
    await consumeRateLimit(key, rule);
    expect((await consumeRateLimit(key, rule)).isAllowed).toBe(false);
    // This instance's clock an hour ahead ends no window: instances whose clocks differ count alike.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_000 });
    try {
      expect((await consumeRateLimit(key, rule)).isAllowed).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    // The window's second over by the database's clock: a new one starts.
    await age(key, 1);
    expect((await consumeRateLimit(key, rule)).isAllowed).toBe(true);
  });

  it("keeps each key's count apart", async () => {
    const [first, second] = [newKey(), newKey()];
    for (let i = 0; i < 3; i++) await consumeRateLimit(first, MINUTE);
    expect((await consumeRateLimit(first, MINUTE)).isAllowed).toBe(false);
    expect(await consumeRateLimit(second, MINUTE)).toEqual({ isAllowed: true, remaining: 2, retryAfterSeconds: 0 });
  });

  it("allows exactly the limit of 50 attempts made at once", async () => {
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => consumeRateLimit(key, { limit: 10, windowSeconds: 60 })),
    );
    const allowed = results.filter((r) => r.isAllowed);
    expect(allowed).toHaveLength(10);
    // Each allowed attempt saw a different count: none was lost or counted twice.
    expect(allowed.map((r) => r.remaining).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(50);
  });

  it("allows exactly the limit across two app instances", async () => {
    const key = newKey();
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => consumeRateLimit(key, rule, i % 2 === 0 ? db : otherInstance)),
    );
    expect(results.filter((r) => r.isAllowed)).toHaveLength(10);
    expect((await consumeRateLimit(key, rule, otherInstance)).isAllowed).toBe(false);
  });

  it("counts an attempt by its cost, for limits on an amount", async () => {
    const key = newKey();
    const bytes = { limit: 100, windowSeconds: 60 };
    expect(await consumeRateLimit(key, bytes, db, 60)).toEqual({
      isAllowed: true,
      remaining: 40,
      retryAfterSeconds: 0,
    });
    expect(await consumeRateLimit(key, bytes, db, 40)).toEqual({ isAllowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect((await consumeRateLimit(key, bytes, db, 1)).isAllowed).toBe(false);
    await age(key, 61);
    // A new window starts at the attempt's own cost.
    expect(await consumeRateLimit(key, bytes, db, 30)).toEqual({
      isAllowed: true,
      remaining: 70,
      retryAfterSeconds: 0,
    });
    await expect(consumeRateLimit(key, bytes, db, 0)).rejects.toThrow(RangeError);
  });

  it("takes back an attempt whose transaction rolls back, and tells what is left without counting", async () => {
    const key = newKey();
    const rule = { limit: 10, windowSeconds: 60 };
    expect(await peekRateLimit(key, rule)).toBe(10);
    await consumeRateLimit(key, rule, db, 4);
    await expect(
      db.$transaction(async (tx) => {
        expect((await consumeRateLimit(key, rule, tx, 5)).remaining).toBe(1);
        throw new Error("refused further on");
      }),
    ).rejects.toThrow("refused further on");
    expect(await peekRateLimit(key, rule)).toBe(6);
    expect(await peekRateLimit(key, rule)).toBe(6);
    const other = newKey();
    await consumeRateLimit(other, { limit: 3, windowSeconds: 3600 });
    expect(
      await peekRateLimits([
        { key, rule },
        { key: newKey(), rule },
        { key: other, rule: { limit: 3, windowSeconds: 3600 } },
      ]),
    ).toEqual([6, 10, 2]);
    await age(key, 61);
    expect(await peekRateLimit(key, rule)).toBe(10);
  });

  it("refuses a rule that could never allow anything", async () => {
    await expect(consumeRateLimit(newKey(), { limit: 0, windowSeconds: 60 })).rejects.toThrow(RangeError);
    await expect(consumeRateLimit(newKey(), { limit: 5, windowSeconds: 0.5 })).rejects.toThrow(RangeError);
  });
});

describe("resetRateLimit", () => {
  it("gives the key its whole limit back", async () => {
    const key = newKey();
    for (let i = 0; i < 4; i++) await consumeRateLimit(key, MINUTE);
    await resetRateLimit(key);
    expect(await consumeRateLimit(key, MINUTE)).toEqual({ isAllowed: true, remaining: 2, retryAfterSeconds: 0 });
  });
});

describe("purgeExpiredRateLimits", () => {
  it("deletes the buckets whose window started before the cut-off, and only those", async () => {
    const [old, recent] = [newKey(), newKey()];
    await consumeRateLimit(old, MINUTE);
    await consumeRateLimit(recent, MINUTE);
    await age(old, 3600);

    const purged = await purgeExpiredRateLimits(new Date(Date.now() - 60_000));

    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.findUnique({ where: { key: old } })).toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: recent } })).not.toBeNull();
  });
});
