import { defineRoute } from "@/lib/api/define-route";
import { checkHealth } from "@/lib/health/check-health";
import { requestLogger } from "@/lib/log/request-logger";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the instance can serve, 503 with the reason when not. */
export const GET = defineRoute({
  name: "health",
  handle: async ({ requestId }) => {
    const health = await checkHealth();
    if (health.status !== "ok") (await requestLogger(requestId)).warn({ reason: health.reason }, "health check failed");
    return Response.json(health, {
      status: health.status === "ok" ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    });
  },
});
