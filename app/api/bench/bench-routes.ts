import "server-only";

/**
 * The benchmarks' baseline routes (app/api/bench/*) exist only for `npm run bench`, which starts its own
 * server with BENCH_ROUTES=1 on a throwaway database. Any other server answers 404, as for a path it
 * does not have.
 */
export function areBenchRoutesOn(): boolean {
  return process.env.BENCH_ROUTES === "1";
}

export function notFound(): Response {
  return new Response(null, { status: 404 });
}
