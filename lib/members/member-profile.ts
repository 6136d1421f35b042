import "server-only";

import { MEMBER_PROFILE_SELECT } from "@/lib/club/member-select";
import { db } from "@/lib/db";
import { balanceOf } from "@/lib/loyalty/balance";

/** Everything the console's member page shows, or null for an unknown id. */
export async function memberProfile(memberId: string) {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { ...MEMBER_PROFILE_SELECT, ageBand: true, status: true, emailVerified: true, leftAt: true },
  });
  if (!member) return null;
  const [balance, entries, redemptions, purchases] = await Promise.all([
    balanceOf(memberId),
    db.pointsEntry.findMany({
      where: { memberId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        kind: true,
        points: true,
        reason: true,
        source: true,
        reference: true,
        expiresAt: true,
        createdAt: true,
      },
    }),
    db.redemption.findMany({
      where: { memberId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, createdAt: true, reward: { select: { title: true, costPoints: true } } },
    }),
    db.purchase.findMany({
      where: { memberId },
      orderBy: { purchasedAt: "desc" },
      take: 50,
      select: {
        id: true,
        externalId: true,
        amountKopecks: true,
        category: true,
        officePostcode: true,
        purchasedAt: true,
      },
    }),
  ]);
  return { member, balance, entries, redemptions, purchases };
}
