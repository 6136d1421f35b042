import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";

import { areBenchRoutesOn, notFound } from "../bench-routes";

export const dynamic = "force-dynamic";

/**
 * The write baseline of `npm run bench`: reads the request body and does one INSERT through the app's own
 * database pool — what any write route costs at the least. The row is a rate-limit bucket under a key
 * of its own, which counts nothing and is purged with the expired buckets. 404 unless BENCH_ROUTES=1.
 */
export async function POST(request: Request) {
  if (!areBenchRoutesOn()) return notFound();
  await request.text();
  await db.rateLimitBucket.create({ data: { key: `bench:${randomUUID()}`, count: 1, windowStartedAt: new Date() }, select: { key: true } });
  return Response.json({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
