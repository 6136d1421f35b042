import "server-only";

import { db } from "@/lib/db";

import { balanceIn } from "./balance";
import { expiryDate } from "./expiry-date";
import { LEDGER_TX, lockMember } from "./ledger";
import { capByLimits } from "./limits";

export const ACTIVITY_SOURCES = {
  SURVEY_COMPLETED: "survey",
  MEETING_ATTENDED: "meeting",
  PROPOSAL_ACCEPTED: "proposal",
} as const;
export type TActivity = keyof typeof ACTIVITY_SOURCES;

/**
 * Credits the points of the active ACTIVITY rule for a member's activity (a survey answered, a meeting
 * attended, a proposal accepted), once per member, activity and reference (the survey, event or idea),
 * capped by the rule's limits. No active rule, or a limit reached, credits nothing.
 */
export async function awardActivityPoints(input: { memberId: string; activity: TActivity; reference: string }) {
  const source = ACTIVITY_SOURCES[input.activity];
  return db.$transaction(async (tx) => {
    await lockMember(tx, input.memberId);
    const previous = await tx.pointsEntry.findFirst({
      where: { memberId: input.memberId, source, reference: input.reference, kind: "EARN" },
      select: { points: true },
    });
    if (previous) return { points: previous.points, balance: await balanceIn(tx, input.memberId), isNew: false };

    const rule = await tx.pointsRule.findFirst({
      where: { kind: "ACTIVITY", subject: input.activity, isActive: true },
      orderBy: { createdAt: "asc" },
    });
    const points = rule?.fixedPoints ? await capByLimits(tx, input.memberId, rule, rule.fixedPoints) : 0;
    if (rule && points > 0) {
      const now = new Date();
      await tx.pointsEntry.create({
        data: {
          memberId: input.memberId,
          kind: "EARN",
          points,
          reason: input.activity,
          source,
          reference: input.reference,
          ruleId: rule.id,
          expiresAt: expiryDate(now, rule.expiryMonths),
          createdAt: now,
        },
      });
    }
    return { points, balance: await balanceIn(tx, input.memberId), isNew: points > 0 };
  }, LEDGER_TX);
}
