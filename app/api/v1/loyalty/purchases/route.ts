import { defineApiRoute } from "@/lib/api/define-route";
import { admitApiClient } from "@/lib/api/limits";
import { parseJsonBody } from "@/lib/api/parse-request";
import { postPurchase } from "@/lib/loyalty/post-purchase";
import { ZPostPurchase } from "@/lib/loyalty/schemas";

/**
 * A purchase from the operator's systems, for points: 201 when it is new, 200 with the same answer when
 * its externalId was posted before. See /api/v1/openapi.json.
 */
export const POST = defineApiRoute("postPurchase", async ({ request }) => {
  await admitApiClient(request, "loyalty:write");
  const input = await parseJsonBody(request, ZPostPurchase);
  const { isNew, ...posted } = await postPurchase(input);
  return Response.json(posted, { status: isNew ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
