import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { clearSignInLocks } from "@/lib/auth/unlock-staff";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security/security-events";

import type { TUnlockStaffAccount } from "./schemas";

/** An admin lifts the locks failed sign-ins put on an account, the same ones its owner's emailed link lifts. */
export async function unlockStaffAccount(
  input: TUnlockStaffAccount,
  actor: Pick<TStaffUser, "id">,
): Promise<{ email: string }> {
  const staff = await db.staffUser.findUnique({ where: { id: input.staffId }, select: { id: true, email: true } });
  if (!staff) throw new ActionError("NOT_FOUND", "actions.notFound");
  await clearSignInLocks(staff.email);
  await recordSecurityEvent({ kind: "UNLOCKED", staffId: staff.id, by: "admin", adminId: actor.id });
  return { email: staff.email };
}
