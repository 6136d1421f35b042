import "server-only";

import { db } from "@/lib/db";

import { balanceOf } from "./balance";

/** A card's balance and when it last changed; null for an unknown card or a member who left. */
export async function readCardBalance(cardNumber: string) {
  const member = await db.member.findUnique({
    where: { cardNumber },
    select: { id: true, status: true, joinedAt: true },
  });
  if (!member || member.status === "LEFT") return null;
  const [balance, latest] = await Promise.all([
    balanceOf(member.id),
    db.pointsEntry.findFirst({
      where: { memberId: member.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  return { cardNumber, balance, updatedAt: (latest?.createdAt ?? member.joinedAt).toISOString() };
}
