import { defineRoute } from "@/lib/api/define-route";
import { areBenchRoutesOn, insertBenchRow } from "@/lib/bench/baseline";

export const dynamic = "force-dynamic";

/**
 * The write baseline of `npm run bench`: reads the request body and does one INSERT through the app's own
 * database pool and the same route pipeline as every other handler — what any write route costs at the
 * least. 404 unless BENCH_ROUTES=1.
 */
export const POST = defineRoute({
  name: "benchInsert",
  handle: async ({ request }) => {
    if (!areBenchRoutesOn()) return new Response(null, { status: 404 });
    await request.text();
    await insertBenchRow();
    return Response.json({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
});
