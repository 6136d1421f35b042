import { ApiError } from "@/lib/api/api-error";
import { defineApiRoute } from "@/lib/api/define-route";
import { admitApiClient } from "@/lib/api/limits";
import { readCardBalance } from "@/lib/loyalty/read-balance";
import { ZCardNumber } from "@/lib/loyalty/schemas";

/** A card's points balance, for the operator's systems (a key with loyalty:read). */
export const GET = defineApiRoute<{ card: string }>("readBalance", async ({ request, params }) => {
  await admitApiClient(request, "loyalty:read");
  const parsed = ZCardNumber.safeParse(params.card);
  if (!parsed.success)
    throw new ApiError(422, "apiKeys.problem.invalid", { fieldKeys: { cardNumber: "loyalty.errors.cardNumber" } });
  const found = await readCardBalance(parsed.data);
  if (!found) throw new ApiError(404, "loyalty.errors.cardNotFound");
  return Response.json(found, { headers: { "Cache-Control": "no-store" } });
});
