import "server-only";

import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { resetRateLimit, resetRateLimitsByPrefix } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { hashLinkToken, newLinkToken } from "./tokens";

/** Attempts on anything from one client address. */
export const PER_CLIENT = { limit: 30, windowSeconds: 15 * 60 };
/** Attempts on one account from one client address; a success clears them. */
export const PER_ACCOUNT_CLIENT = { limit: 5, windowSeconds: 15 * 60 };
/** Attempts on one account from browsers that never signed in to it: beyond this it is locked for them. */
export const PER_ACCOUNT = { limit: 20, windowSeconds: 60 * 60 };

export const UNLOCK_LINK_MINUTES = PER_ACCOUNT.windowSeconds / 60;

/**
 * The buckets of staff sign-in, keyed by the address typed in whether or not an account has it, so an
 * unknown address is counted, refused and timed like a real one.
 */
export const signInKeys = {
  client: (ip: string) => `staff-sign-in:ip:${ip}`,
  accountClient: (email: string, ip: string) => `staff-sign-in:account-ip:${email}:${ip}`,
  account: (email: string) => `staff-sign-in:account:${email}`,
};

/** Lifts every lock failed sign-ins put on the account: the account-wide one and each client's. */
export async function clearSignInLocks(email: string): Promise<void> {
  await resetRateLimitsByPrefix(signInKeys.accountClient(email, ""));
  await resetRateLimit(signInKeys.account(email));
}

/** Emails the owner of a newly locked account a one-use link that lifts the lock. */
export async function sendUnlockLink(staff: { id: string; email: string }): Promise<void> {
  const { token, tokenHash } = newLinkToken();
  await db.$transaction(async (tx) => {
    await tx.staffToken.create({
      data: {
        staffId: staff.id,
        purpose: "UNLOCK",
        tokenHash,
        expiresAt: new Date(Date.now() + UNLOCK_LINK_MINUTES * 60_000),
      },
    });
    // Staff work in Russian; the console has no per-account language yet.
    await enqueueEmail(tx, {
      template: "staff-unlock",
      to: staff.email,
      locale: "ru",
      data: { url: `${appUrl()}/console/unlock/${token}`, expiresInMinutes: UNLOCK_LINK_MINUTES },
    });
  });
}

/** Whether an unlock link is unused and fresh (the page shows its button only then). */
export async function isOpenUnlockLink(token: string): Promise<boolean> {
  const found = await db.staffToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return Boolean(found && found.purpose === "UNLOCK" && !found.usedAt && found.expiresAt > new Date());
}

/**
 * Spends an unlock link and lifts the account's locks. A second use, or a use after the link ran out,
 * changes nothing and says so.
 */
export async function unlockWithLink(token: string): Promise<{ isUnlocked: boolean }> {
  const tokenHash = hashLinkToken(token);
  // Spending the token with a conditional update makes two concurrent clicks yield one winner.
  const spent = await db.staffToken.updateMany({
    where: { tokenHash, purpose: "UNLOCK", usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (spent.count !== 1) return { isUnlocked: false };
  const { staff } = await db.staffToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { staff: { select: { id: true, email: true } } },
  });
  await clearSignInLocks(staff.email);
  await recordSecurityEvent({ kind: "UNLOCKED", staffId: staff.id, by: "owner" });
  return { isUnlocked: true };
}
