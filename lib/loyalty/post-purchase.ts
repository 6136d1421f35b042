import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodStartSql } from "@/lib/time/operator-day-sql";

import type { TPostPurchase } from "./schemas";

export type TPostedPurchase = {
  purchaseId: string;
  externalId: string;
  points: number;
  balance: number;
  isNew: boolean;
};

/** What post_purchase answers (see its migration). */
export type TPurchaseOutcome =
  | { outcome: "NEW" | "REPLAY"; purchaseId: string; points: number; balance: number }
  | { outcome: "CONFLICT" }
  | { outcome: "NOT_FOUND" };

/**
 * Records a purchase posted by the operator's systems and credits its points, once per externalId: the
 * same purchase posted again (also concurrently) credits nothing more and answers with the same purchase
 * and points. The same externalId with another card or amount is a conflict, not a replay.
 *
 * Points are floor(roubles / 100) × the category's rule, capped by the rule's daily and monthly limits, with
 * the rule's expiry. Posting is the hot path of the operator's tills, so one call of the database's
 * post_purchase (see its migration) does it all: the member's row lock, the purchase, the rule, the limits,
 * the entry and the balance. The API makes the call in its key's statement (lib/api/post-purchase.ts).
 */
export async function postPurchase(input: TPostPurchase): Promise<TPostedPurchase> {
  const [row] = await db.$queryRaw<{ posted: TPurchaseOutcome }[]>`SELECT ${postPurchaseSql(input)} AS "posted"`;
  return postedPurchase(input, row.posted);
}

/** The call of post_purchase for `input`, a JSON value (TPurchaseOutcome) for postedPurchase to read. */
export function postPurchaseSql(input: TPostPurchase): Prisma.Sql {
  // Times as UTC text: the columns are timestamps without zone, as Prisma writes them.
  const purchasedAt = new Date(input.purchasedAt).toISOString();
  return Prisma.sql`"post_purchase"(
    ${input.externalId}, ${input.cardNumber}, ${input.amountKopecks}::int, ${input.category},
    ${input.officePostcode ?? null}, ${purchasedAt}::timestamp, ${periodStartSql("day")}, ${periodStartSql("month")})`;
}

/** The answer to a posting from post_purchase's outcome; a conflict or an unknown card is thrown. */
export function postedPurchase(input: TPostPurchase, posted: TPurchaseOutcome): TPostedPurchase {
  if (posted.outcome === "NOT_FOUND") throw new ActionError("NOT_FOUND", "loyalty.errors.cardNotFound");
  if (posted.outcome === "CONFLICT") throw new ActionError("CONFLICT", "loyalty.errors.purchaseConflict");
  return {
    purchaseId: posted.purchaseId,
    externalId: input.externalId,
    points: posted.points,
    balance: posted.balance,
    isNew: posted.outcome === "NEW",
  };
}
