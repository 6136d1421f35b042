import "server-only";

import { periodStartSql } from "@/lib/time/operator-day-sql";

import type { TTx } from "./ledger";

type TLimitedRule = { id: string; dailyLimit: number | null; monthlyLimit: number | null };

/**
 * Caps `points` so that what the member earned under the rule today and this month (the operator's Moscow
 * calendar, counted by when the points were credited) stays within the rule's limits. Call with the member locked.
 * The purchase API's database function post_purchase caps the same way in SQL: a change here is a change there.
 */
export async function capByLimits(tx: TTx, memberId: string, rule: TLimitedRule, points: number): Promise<number> {
  if (points <= 0 || (rule.dailyLimit === null && rule.monthlyLimit === null)) return Math.max(points, 0);
  const [earned] = await tx.$queryRaw<{ today: bigint; month: bigint }[]>`
    SELECT
      COALESCE(SUM(points) FILTER (WHERE "createdAt" >= ${periodStartSql("day")}), 0)::bigint AS today,
      COALESCE(SUM(points), 0)::bigint AS month
    FROM "PointsEntry"
    WHERE "memberId" = ${memberId}::uuid AND "ruleId" = ${rule.id}::uuid AND kind = 'EARN'
      AND "createdAt" >= ${periodStartSql("month")}`;
  let capped = points;
  if (rule.dailyLimit !== null) capped = Math.min(capped, rule.dailyLimit - Number(earned.today));
  if (rule.monthlyLimit !== null) capped = Math.min(capped, rule.monthlyLimit - Number(earned.month));
  return Math.max(capped, 0);
}
