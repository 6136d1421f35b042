import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { balanceIn } from "./balance";
import { LEDGER_TX, lockMember } from "./ledger";
import type { TAdjustPoints } from "./schemas";

/** A staff correction of a member's points, with its reason; a deduction never takes the balance below zero. */
export async function adjustPoints(input: TAdjustPoints, staff: { id: string }): Promise<{ balance: number }> {
  return db.$transaction(async (tx) => {
    await lockMember(tx, input.memberId);
    const balance = await balanceIn(tx, input.memberId);
    if (balance + input.points < 0)
      throw new ActionError("CONFLICT", "loyalty.errors.insufficientPoints", { balance, cost: -input.points });
    await tx.pointsEntry.create({
      data: {
        memberId: input.memberId,
        kind: "ADJUST",
        points: input.points,
        reason: input.reason,
        source: "staff",
        createdById: staff.id,
      },
    });
    return { balance: balance + input.points };
  }, LEDGER_TX);
}
