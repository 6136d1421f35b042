import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";

/**
 * The benchmarks' baseline routes (app/api/bench/*) exist only for `npm run bench`, which starts its own
 * server with BENCH_ROUTES=1 on a throwaway database. Any other server answers 404, as for a path it
 * does not have.
 */
export function areBenchRoutesOn(): boolean {
  return process.env.BENCH_ROUTES === "1";
}

/** The read baseline: one `SELECT 1` through the app's own database pool. */
export async function selectOne(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/**
 * The write baseline: one INSERT through the app's own pool. The row is a rate-limit bucket under a key of
 * its own, which counts nothing and is purged with the expired buckets.
 */
export async function insertBenchRow(): Promise<void> {
  await db.rateLimitBucket.create({
    data: { key: `bench:${randomUUID()}`, count: 1, windowStartedAt: new Date() },
    select: { key: true },
  });
}
