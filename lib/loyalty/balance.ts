import "server-only";

import { db } from "@/lib/db";

import type { TTx } from "./ledger";

/** A member's balance: the sum of all their ledger entries (EXPIRE and SPEND entries are negative). */
export async function balanceOf(memberId: string): Promise<number> {
  return balanceIn(db, memberId);
}

export async function balanceIn(client: TTx, memberId: string): Promise<number> {
  const sum = await client.pointsEntry.aggregate({ where: { memberId }, _sum: { points: true } });
  return sum._sum.points ?? 0;
}
