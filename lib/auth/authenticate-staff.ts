import "server-only";

import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

import { hashPassword, verifyPassword } from "./password";
import { acceptTotpCode } from "./accept-totp-code";

/** Consecutive failures that lock an account; each failure after that doubles the lock. */
export const MAX_FAILED_SIGN_INS = 5;
const LOCK_MINUTES = 15;
const MAX_LOCK_MINUTES = 24 * 60;

const PER_IP = { limit: 30, windowSeconds: 15 * 60 };

export type TStaffAuthResult =
  | { ok: true; staff: { id: string; email: string; name: string; role: StaffRole; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED" | "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "TOTP_REQUIRED" | "TOTP_INVALID" | "DISABLED" };

// Compared against when the account does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

function lockMinutes(failures: number): number {
  return Math.min(MAX_LOCK_MINUTES, LOCK_MINUTES * 2 ** (failures - MAX_FAILED_SIGN_INS));
}

/** Counts a failure; returns the lock it causes, if any. */
async function recordFailure(staffId: string): Promise<{ retryAfterSeconds: number } | null> {
  const { failedSignIns } = await db.staffUser.update({
    where: { id: staffId },
    data: { failedSignIns: { increment: 1 } },
    select: { failedSignIns: true },
  });
  if (failedSignIns < MAX_FAILED_SIGN_INS) return null;
  const minutes = lockMinutes(failedSignIns);
  await db.staffUser.update({ where: { id: staffId }, data: { lockedUntil: new Date(Date.now() + minutes * 60_000) } });
  return { retryAfterSeconds: minutes * 60 };
}

/**
 * Checks a staff member's password (and second factor), with a limit per client address and a lock after
 * repeated failures. Unknown addresses behave like known ones: same answers, same timing, same lock.
 */
export async function authenticateStaff(input: {
  email: string;
  password: string;
  totp?: string;
  ip: string;
}): Promise<TStaffAuthResult> {
  const perIp = await consumeRateLimit(`staff-sign-in:ip:${input.ip}`, PER_IP);
  if (!perIp.isAllowed) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: perIp.retryAfterSeconds };

  const staff = await db.staffUser.findUnique({ where: { email: input.email } });
  if (!staff || !staff.passwordHash) {
    dummyHash ??= hashPassword("not a real password, only here for timing");
    await verifyPassword(input.password, await dummyHash);
    const unknown = await consumeRateLimit(`staff-sign-in:unknown:${input.email}`, {
      limit: MAX_FAILED_SIGN_INS - 1,
      windowSeconds: LOCK_MINUTES * 60,
    });
    return unknown.isAllowed
      ? { ok: false, reason: "INVALID" }
      : { ok: false, reason: "LOCKED", retryAfterSeconds: unknown.retryAfterSeconds };
  }

  if (staff.lockedUntil && staff.lockedUntil > new Date()) {
    return { ok: false, reason: "LOCKED", retryAfterSeconds: Math.ceil((staff.lockedUntil.getTime() - Date.now()) / 1000) };
  }

  if (!(await verifyPassword(input.password, staff.passwordHash))) {
    const lock = await recordFailure(staff.id);
    return lock ? { ok: false, reason: "LOCKED", ...lock } : { ok: false, reason: "INVALID" };
  }
  // Said only to someone who knows the password.
  if (staff.isDisabled) return { ok: false, reason: "DISABLED" };

  if (staff.totpEnabledAt && staff.totpSecret) {
    if (!input.totp) return { ok: false, reason: "TOTP_REQUIRED" };
    if (!(await acceptTotpCode(staff.id, staff.totpSecret, input.totp))) {
      const lock = await recordFailure(staff.id);
      return lock ? { ok: false, reason: "LOCKED", ...lock } : { ok: false, reason: "TOTP_INVALID" };
    }
  }

  await db.staffUser.update({
    where: { id: staff.id },
    data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() },
  });
  return {
    ok: true,
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, sessionVersion: staff.sessionVersion },
  };
}
