import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { balanceIn } from "./balance";
import { LEDGER_TX, lockMember } from "./ledger";

/**
 * Spends a member's points on a reward: with the member's row locked (so concurrent spends take turns),
 * checks the balance, takes one from the stock with a conditional UPDATE, and writes the SPEND entry and
 * the redemption — all or nothing. A spend never takes the balance below zero.
 */
export async function redeemReward(input: { memberId: string; rewardId: string }): Promise<{ balance: number }> {
  return db.$transaction(async (tx) => {
    await lockMember(tx, input.memberId);
    const reward = await tx.reward.findUnique({
      where: { id: input.rewardId },
      select: { id: true, title: true, costPoints: true, isActive: true },
    });
    if (!reward?.isActive) throw new ActionError("NOT_FOUND", "loyalty.errors.rewardNotFound");

    const balance = await balanceIn(tx, input.memberId);
    if (balance < reward.costPoints) {
      throw new ActionError("CONFLICT", "loyalty.errors.insufficientPoints", { balance, cost: reward.costPoints });
    }
    const taken =
      await tx.$executeRaw`UPDATE "Reward" SET stock = stock - 1, "updatedAt" = now() WHERE id = ${reward.id}::uuid AND stock > 0 AND "isActive"`;
    if (taken === 0) throw new ActionError("CONFLICT", "loyalty.errors.outOfStock");

    const entry = await tx.pointsEntry.create({
      data: {
        memberId: input.memberId,
        kind: "SPEND",
        points: -reward.costPoints,
        reason: reward.title,
        source: "reward",
        reference: reward.id,
      },
      select: { id: true },
    });
    await tx.redemption.create({ data: { memberId: input.memberId, rewardId: reward.id, pointsEntryId: entry.id } });
    return { balance: balance - reward.costPoints };
  }, LEDGER_TX);
}
