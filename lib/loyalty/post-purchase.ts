import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { periodStartSql } from "@/lib/time/operator-day-sql";

import type { TPostPurchase } from "./schemas";

export type TPostedPurchase = {
  purchaseId: string;
  externalId: string;
  points: number;
  balance: number;
  isNew: boolean;
};

type TOutcome = "NEW" | "REPLAY" | "CONFLICT" | "NOT_FOUND";

/**
 * Records a purchase posted by the operator's systems and credits its points, once per externalId: the
 * same purchase posted again (also concurrently) credits nothing more and answers with the same purchase
 * and points. The same externalId with another card or amount is a conflict, not a replay.
 *
 * Points are floor(roubles / 100) × the category's rule, capped by the rule's daily and monthly limits, with
 * the rule's expiry. Posting is the hot path of the operator's tills, so one call of the database's
 * post_purchase (see its migration) does it all in one round trip: the member's row lock, the purchase, the
 * rule, the limits, the entry and the balance. The day's and the month's starts come from operator-day-sql.
 */
export async function postPurchase(input: TPostPurchase): Promise<TPostedPurchase> {
  // Times as UTC text: the columns are timestamps without zone, as Prisma writes them.
  const purchasedAt = new Date(input.purchasedAt).toISOString();
  const [row] = await db.$queryRaw<{ outcome: TOutcome; purchaseId: string | null; points: number; balance: number }[]>`
    SELECT "outcome", "purchaseId"::text, "points", "balance" FROM "post_purchase"(
      ${input.externalId}, ${input.cardNumber}, ${input.amountKopecks}::int, ${input.category},
      ${input.officePostcode ?? null}, ${purchasedAt}::timestamp, ${periodStartSql("day")}, ${periodStartSql("month")})`;
  if (row.outcome === "NOT_FOUND") throw new ActionError("NOT_FOUND", "loyalty.errors.cardNotFound");
  if (row.outcome === "CONFLICT") throw new ActionError("CONFLICT", "loyalty.errors.purchaseConflict");
  return {
    purchaseId: row.purchaseId!,
    externalId: input.externalId,
    points: row.points,
    balance: row.balance,
    isNew: row.outcome === "NEW",
  };
}
