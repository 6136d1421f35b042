import { db } from "@/lib/db";

import { areBenchRoutesOn, notFound } from "../bench-routes";

export const dynamic = "force-dynamic";

/** The read baseline of `npm run bench`: one `SELECT 1` through the app's own database pool. 404 unless BENCH_ROUTES=1. */
export async function GET() {
  if (!areBenchRoutesOn()) return notFound();
  await db.$queryRaw`SELECT 1`;
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
