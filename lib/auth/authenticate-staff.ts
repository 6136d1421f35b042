import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import {
  countAttemptSql,
  rateLimitResult,
  resetRateLimit,
  type TRateLimitRule,
} from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent, type TSecurityContext } from "@/lib/security/security-events";

import { acceptTotpCode } from "./accept-totp-code";
import { hashPassword, verifyPassword } from "./password";
import { PER_ACCOUNT, PER_ACCOUNT_CLIENT, PER_CLIENT, sendUnlockLink, signInKeys } from "./unlock-staff";

export type TStaffAuthResult =
  | { ok: true; staff: { id: string; email: string; name: string; role: StaffRole; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  /** RATE_LIMITED: this client, whatever the account; LOCKED: this client on this account; ACCOUNT_LOCKED: new devices on this account. */
  | { ok: false; reason: "RATE_LIMITED" | "LOCKED" | "ACCOUNT_LOCKED"; retryAfterSeconds: number }
  | { ok: false; reason: "TOTP_REQUIRED" | "TOTP_INVALID" | "DISABLED" };

// Compared against when the account does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

/** Counts one attempt; `isFirstRefusal` is true for exactly one attempt per window, the one that crossed the limit. */
async function countAttempt(key: string, rule: TRateLimitRule) {
  const [bucket] = await db.$queryRaw<{ count: number; secondsLeft: number }[]>(
    countAttemptSql(Prisma.sql`SELECT ${key}::text AS "key"`, rule),
  );
  return { ...rateLimitResult(bucket, rule), isFirstRefusal: bucket.count === rule.limit + 1 };
}

/**
 * Checks a staff member's password (and second factor) under three limits, every attempt counted before
 * the password is looked at: per client address, per account and client address, and per account from
 * browsers that have never signed in to it (`knownStaffIds`, from the signed known-device cookie). A
 * stranger's failures therefore lock out the stranger's client and, in numbers, new devices — never the
 * owner's own browser — and the owner is emailed a link that lifts the lock. Every bucket is keyed by the
 * address typed in, so an unknown address gets the same answers and retry times as a real one.
 */
export async function authenticateStaff(input: {
  email: string;
  password: string;
  totp?: string;
  ip: string;
  requestId?: string | null;
  knownStaffIds?: readonly string[];
}): Promise<TStaffAuthResult> {
  const context: TSecurityContext = { ip: input.ip, requestId: input.requestId ?? null };
  const staff = await db.staffUser.findUnique({ where: { email: input.email } });
  const staffId = staff?.id;
  const isKnownDevice = Boolean(staff && input.knownStaffIds?.includes(staff.id));

  const refuse = async (
    reason: "RATE_LIMITED" | "LOCKED" | "ACCOUNT_LOCKED",
    retryAfterSeconds: number,
  ): Promise<TStaffAuthResult> => {
    await recordSecurityEvent(
      reason === "RATE_LIMITED"
        ? { kind: "RATE_LIMITED", staffId, limit: "staff-sign-in" }
        : { kind: "SIGN_IN_FAILED", staffId, reason },
      context,
    );
    return { ok: false, reason, retryAfterSeconds };
  };
  const fail = async (reason: "INVALID" | "TOTP_INVALID"): Promise<TStaffAuthResult> => {
    await recordSecurityEvent({ kind: "SIGN_IN_FAILED", staffId, reason }, context);
    return { ok: false, reason };
  };

  const perClient = await countAttempt(signInKeys.client(input.ip), PER_CLIENT);
  if (!perClient.isAllowed) return refuse("RATE_LIMITED", perClient.retryAfterSeconds);

  const perAccountClient = await countAttempt(signInKeys.accountClient(input.email, input.ip), PER_ACCOUNT_CLIENT);
  if (perAccountClient.isFirstRefusal) await recordSecurityEvent({ kind: "LOCKED", staffId, scope: "client" }, context);
  if (!perAccountClient.isAllowed) return refuse("LOCKED", perAccountClient.retryAfterSeconds);

  if (!isKnownDevice) {
    const perAccount = await countAttempt(signInKeys.account(input.email), PER_ACCOUNT);
    if (perAccount.isFirstRefusal) {
      await recordSecurityEvent({ kind: "LOCKED", staffId, scope: "account" }, context);
      // Once per lock: only one attempt crosses the limit in a window.
      if (staff?.passwordHash && !staff.isDisabled) await sendUnlockLink(staff);
    }
    if (!perAccount.isAllowed) return refuse("ACCOUNT_LOCKED", perAccount.retryAfterSeconds);
  }

  if (!staff || !staff.passwordHash) {
    dummyHash ??= hashPassword("not a real password, only here for timing");
    await verifyPassword(input.password, await dummyHash);
    return fail("INVALID");
  }
  if (!(await verifyPassword(input.password, staff.passwordHash))) return fail("INVALID");
  // Said only to someone who knows the password.
  if (staff.isDisabled) {
    await recordSecurityEvent({ kind: "SIGN_IN_FAILED", staffId, reason: "DISABLED" }, context);
    return { ok: false, reason: "DISABLED" };
  }

  if (staff.totpEnabledAt && staff.totpSecret) {
    if (!input.totp) return { ok: false, reason: "TOTP_REQUIRED" };
    if (!(await acceptTotpCode(staff.id, staff.totpSecret, input.totp))) return fail("TOTP_INVALID");
  }

  // This client proved it knows the account: its own failures are forgiven. The account-wide count stays,
  // so a success does not buy strangers elsewhere a fresh allowance.
  await resetRateLimit(signInKeys.accountClient(input.email, input.ip));
  await db.staffUser.update({ where: { id: staff.id }, data: { lastSignInAt: new Date() } });
  await recordSecurityEvent({ kind: "SIGN_IN", staffId: staff.id }, context);
  return {
    ok: true,
    staff: {
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      sessionVersion: staff.sessionVersion,
    },
  };
}
