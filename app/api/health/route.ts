import { checkHealth } from "@/lib/health/check-health";
import { requestLogger } from "@/lib/log/request-logger";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the instance can serve, 503 with the reason when not. */
export async function GET() {
  const health = await checkHealth();
  if (health.status !== "ok") (await requestLogger()).warn({ reason: health.reason }, "health check failed");
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
