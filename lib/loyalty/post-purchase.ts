import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { balanceIn } from "./balance";
import { expiryDate } from "./expiry-date";
import { LEDGER_TX, type TTx } from "./ledger";
import { capByLimits } from "./limits";
import type { TPostPurchase } from "./schemas";

export type TPostedPurchase = {
  purchaseId: string;
  externalId: string;
  points: number;
  balance: number;
  isNew: boolean;
};

/** Points for a purchase: floor(roubles / 100) × the rule's points per 100 ₽, capped by the rule's limits. */
async function awardPurchasePoints(
  tx: TTx,
  memberId: string,
  purchase: { id: string; externalId: string; amountKopecks: number; category: string },
) {
  const rule = await tx.pointsRule.findFirst({
    where: { kind: "PURCHASE", subject: purchase.category, isActive: true },
    orderBy: { createdAt: "asc" },
  });
  if (!rule?.pointsPer100Rub) return 0;
  const points = await capByLimits(
    tx,
    memberId,
    rule,
    Math.floor(purchase.amountKopecks / 10_000) * rule.pointsPer100Rub,
  );
  if (points === 0) return 0;
  const now = new Date();
  // The entry and the purchase's link to it in one statement.
  await tx.$executeRaw`
    WITH entry AS (
      INSERT INTO "PointsEntry" (id, "memberId", kind, points, reason, source, reference, "ruleId", "expiresAt", "createdAt")
      VALUES (gen_random_uuid(), ${memberId}::uuid, 'EARN', ${points}, ${`Purchase ${purchase.externalId}`}, 'purchase', ${purchase.id},
              ${rule.id}::uuid, ${expiryDate(now, rule.expiryMonths)}, ${now})
      RETURNING id)
    UPDATE "Purchase" SET "pointsEntryId" = (SELECT id FROM entry) WHERE id = ${purchase.id}::uuid`;
  return points;
}

/**
 * Records a purchase posted by the operator's systems and credits its points, once per externalId: the
 * same purchase posted again (also concurrently) credits nothing more and answers with the same purchase
 * and points. The same externalId with another card or amount is a conflict, not a replay.
 */
export async function postPurchase(input: TPostPurchase): Promise<TPostedPurchase> {
  return db.$transaction(async (tx) => {
    // Found and locked in one statement: posting is the hot path of the operator's tills.
    const [member] = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status FROM "Member" WHERE "cardNumber" = ${input.cardNumber} FOR UPDATE`;
    if (!member || member.status === "LEFT") throw new ActionError("NOT_FOUND", "loyalty.errors.cardNotFound");

    // ON CONFLICT waits for a concurrent insert of the same externalId to commit, then inserts nothing.
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Purchase" (id, "externalId", "memberId", "amountKopecks", category, "officePostcode", "purchasedAt")
      VALUES (gen_random_uuid(), ${input.externalId}, ${member.id}::uuid, ${input.amountKopecks}, ${input.category},
              ${input.officePostcode ?? null}, ${new Date(input.purchasedAt)})
      ON CONFLICT ("externalId") DO NOTHING
      RETURNING id`;

    if (inserted.length === 0) return replay(tx, input, member.id);
    const purchase = {
      id: inserted[0].id,
      externalId: input.externalId,
      amountKopecks: input.amountKopecks,
      category: input.category,
    };
    const points = await awardPurchasePoints(tx, member.id, purchase);
    return {
      purchaseId: purchase.id,
      externalId: input.externalId,
      points,
      balance: await balanceIn(tx, member.id),
      isNew: true,
    };
  }, LEDGER_TX);
}

async function replay(tx: TTx, input: TPostPurchase, memberId: string): Promise<TPostedPurchase> {
  const existing = await tx.purchase.findUniqueOrThrow({ where: { externalId: input.externalId } });
  if (
    existing.memberId !== memberId ||
    existing.amountKopecks !== input.amountKopecks ||
    existing.category !== input.category
  ) {
    throw new ActionError("CONFLICT", "loyalty.errors.purchaseConflict");
  }
  const entry = existing.pointsEntryId
    ? await tx.pointsEntry.findUnique({ where: { id: existing.pointsEntryId }, select: { points: true } })
    : null;
  return {
    purchaseId: existing.id,
    externalId: existing.externalId,
    points: entry?.points ?? 0,
    balance: await balanceIn(tx, memberId),
    isNew: false,
  };
}
