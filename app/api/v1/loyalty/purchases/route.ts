import { defineApiRoute } from "@/lib/api/define-route";
import { admitApiClient } from "@/lib/api/limits";
import { parseJsonBody } from "@/lib/api/parse-request";
import { postPurchaseForApiClient } from "@/lib/api/post-purchase";
import { ZPostPurchase, type TPostPurchase } from "@/lib/loyalty/schemas";

/**
 * A purchase from the operator's systems, for points: 201 when it is new, 200 with the same answer when
 * its externalId was posted before. See /api/v1/openapi.json.
 *
 * The tills' hot path: the body is read first, so that the API key's statement posts the purchase as well
 * (one round trip, see postPurchaseForApiClient). A body that is refused is refused after the key is checked, as
 * on every other route: a caller without a valid key learns nothing of what a valid body looks like.
 */
export const POST = defineApiRoute("postPurchase", async ({ request }) => {
  const parsed = await parseJsonBody(request, ZPostPurchase).then(
    (input): { input: TPostPurchase } => ({ input }),
    (error: unknown) => ({ error }),
  );
  if ("error" in parsed) {
    await admitApiClient(request, "loyalty:write");
    throw parsed.error;
  }
  const { isNew, ...posted } = await postPurchaseForApiClient(request, parsed.input);
  return Response.json(posted, { status: isNew ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
