import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import {
  postedPurchase,
  postPurchaseSql,
  type TPostedPurchase,
  type TPurchaseOutcome,
} from "@/lib/loyalty/post-purchase";
import type { TPostPurchase } from "@/lib/loyalty/schemas";

import { admitApiClientWith } from "./limits";

/**
 * A purchase posted by an API caller, in the statement that checks its key and counts its rate limit (one
 * round trip on the tills' hot path): the key's checks refuse as admitApiClient does, and only a key within
 * its limit posts.
 */
export async function postPurchaseForApiClient(
  request: Pick<Request, "headers">,
  input: TPostPurchase,
): Promise<TPostedPurchase> {
  const { alongside } = await admitApiClientWith<TPurchaseOutcome>(request, "loyalty:write", {
    sql: (isAdmitted) => Prisma.sql`CASE WHEN ${isAdmitted} THEN ${postPurchaseSql(input)} END`,
    // The purchase is written in this statement: it commits as every write that matters does.
    isReadOnly: false,
  });
  return postedPurchase(input, alongside!);
}
