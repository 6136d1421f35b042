import { defineApiRoute } from "@/lib/api/define-route";
import { admitApiClient, admitApiClientWith } from "@/lib/api/limits";
import { parseJsonBody } from "@/lib/api/parse-request";
import { Prisma } from "@/lib/generated/prisma/client";
import { postedPurchase, postPurchaseSql, type TPurchaseOutcome } from "@/lib/loyalty/post-purchase";
import { ZPostPurchase, type TPostPurchase } from "@/lib/loyalty/schemas";

/**
 * A purchase from the operator's systems, for points: 201 when it is new, 200 with the same answer when
 * its externalId was posted before. See /api/v1/openapi.json.
 *
 * The tills' hot path: the body is read first, so that the API key's statement posts the purchase as well
 * (one round trip, see admitApiClientWith). A body that is refused is refused after the key is checked, as
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
  const { alongside } = await admitApiClientWith<TPurchaseOutcome>(
    request,
    "loyalty:write",
    (isAdmitted) => Prisma.sql`CASE WHEN ${isAdmitted} THEN ${postPurchaseSql(parsed.input)} END`,
  );
  const { isNew, ...posted } = postedPurchase(parsed.input, alongside!);
  return Response.json(posted, { status: isNew ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
