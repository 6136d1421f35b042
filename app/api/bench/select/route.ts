import { defineRoute } from "@/lib/api/define-route";
import { areBenchRoutesOn, selectOne } from "@/lib/bench/baseline";

export const dynamic = "force-dynamic";

/**
 * The read baseline of `npm run bench`: one `SELECT 1` through the app's own database pool and the same
 * route pipeline as every other handler. 404 unless BENCH_ROUTES=1.
 */
export const GET = defineRoute({
  name: "benchSelect",
  handle: async () => {
    if (!areBenchRoutesOn()) return new Response(null, { status: 404 });
    await selectOne();
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  },
});
