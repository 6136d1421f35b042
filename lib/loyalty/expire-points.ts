import "server-only";

import { db } from "@/lib/db";

import { LEDGER_TX, lockMember } from "./ledger";

/**
 * Writes an EXPIRE entry for each member whose earned points have lapsed by `now` and are not used up.
 *
 * The rule (first in, first out, kind to the member): everything taken out of a balance — spends, earlier
 * expiries, deductions — is counted against the points that lapse first. So what lapses now is
 *   (points of EARN entries with expiresAt ≤ now) − (all points ever taken out),
 * when positive, and never more than the balance. Running it again expires nothing more, since the EXPIRE
 * entry it wrote counts as taken out.
 */
export async function expirePoints(now: Date): Promise<{ members: number; points: number }> {
  const candidates = await db.$queryRaw<{ memberId: string }[]>`
    SELECT DISTINCT "memberId" FROM "PointsEntry" WHERE kind = 'EARN' AND "expiresAt" <= ${now}`;
  let members = 0;
  let points = 0;
  for (const { memberId } of candidates) {
    const expired = await db.$transaction(async (tx) => {
      await lockMember(tx, memberId);
      const [row] = await tx.$queryRaw<{ lapsed: bigint; takenOut: bigint; balance: bigint }[]>`
        SELECT
          COALESCE(SUM(points) FILTER (WHERE kind = 'EARN' AND "expiresAt" <= ${now}), 0)::bigint AS lapsed,
          COALESCE(-SUM(points) FILTER (WHERE points < 0), 0)::bigint AS "takenOut",
          COALESCE(SUM(points), 0)::bigint AS balance
        FROM "PointsEntry" WHERE "memberId" = ${memberId}::uuid`;
      const amount = Math.min(Number(row.lapsed) - Number(row.takenOut), Number(row.balance));
      if (amount <= 0) return 0;
      await tx.pointsEntry.create({
        data: {
          memberId,
          kind: "EXPIRE",
          points: -amount,
          reason: "Points lapsed",
          source: "expiry",
          reference: now.toISOString(),
        },
      });
      return amount;
    }, LEDGER_TX);
    if (expired > 0) {
      members += 1;
      points += expired;
    }
  }
  return { members, points };
}
