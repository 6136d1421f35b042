import "server-only";

import { db } from "@/lib/db";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { balanceOf } from "@/lib/loyalty/balance";

import { MEMBER_PROFILE_SELECT } from "./member-select";
import type { TMemberProfile } from "./schemas";

/** A member's points balance: the sum of their ledger entries. */
export const pointsBalance = balanceOf;

/** What the account page shows: the card, the balance, the latest 50 ledger entries and the member's cases. */
export async function memberAccount(memberId: string) {
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { ...MEMBER_PROFILE_SELECT, newsConsentVersion: true },
  });
  const [balance, entries, cases] = await Promise.all([
    pointsBalance(memberId),
    db.pointsEntry.findMany({
      where: { memberId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, kind: true, points: true, reason: true, source: true, createdAt: true },
    }),
    memberCases(memberId),
  ]);
  return { member, balance, entries, cases };
}

/**
 * The cases the member filed while signed in, or took in by opening their status link while signed in
 * (lib/cases/status-view.ts). Not every case filed with their address: anyone can type an address, and
 * the account would show a stranger's filing, name and phone.
 */
async function memberCases(memberId: string) {
  const rows = await db.caseApplicant.findMany({
    where: { memberId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { case: { select: { number: true, type: true, status: true, createdAt: true } } },
  });
  return rows.map((row) => row.case);
}

export async function updateProfile(memberId: string, input: TMemberProfile): Promise<void> {
  await db.member.update({
    where: { id: memberId },
    data: {
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone ?? null,
      region: input.region ?? null,
      city: input.city ?? null,
    },
  });
}

/** The optional consent to news and invitations: given again or withdrawn at any time. */
export async function setNewsConsent(memberId: string, isGiven: boolean, now: Date = new Date()): Promise<void> {
  await db.member.update({
    where: { id: memberId },
    data: isGiven
      ? { newsConsentVersion: PRIVACY_POLICY_VERSION, newsConsentAt: now }
      : { newsConsentVersion: null, newsConsentAt: null },
  });
}
