import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { MEMBERS_PAGE_SIZE, type TMemberSearch } from "./schemas";

/**
 * What a search text matches: digits (spaces allowed, as the card is printed) are the start of a card
 * number; anything else matches every word against the first name, last name or email.
 */
export function memberSearchWhere(q: string): Prisma.MemberWhereInput {
  const text = q.trim();
  if (!text) return {};
  const digits = text.replace(/\s+/g, "");
  if (/^\d{2,13}$/.test(digits)) return { cardNumber: { startsWith: digits } };
  const words = text.split(/\s+/).slice(0, 5);
  return {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
        { email: { contains: word, mode: "insensitive" as const } },
      ],
    })),
  };
}

/** One page of members matching the search, newest first, with the total for the pager. */
export async function searchMembers({ q, page }: TMemberSearch) {
  const where = memberSearchWhere(q);
  const [rows, total] = await Promise.all([
    db.member.findMany({
      where,
      orderBy: [{ joinedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        cardNumber: true,
        status: true,
        city: true,
        joinedAt: true,
      },
    }),
    db.member.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
