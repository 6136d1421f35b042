import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import type { TSetStaffDisabled } from "./schemas";

/** Disables (or re-enables) an account; disabling ends all its sessions at their next request. */
export async function setStaffDisabled(input: TSetStaffDisabled, actor: TStaffUser): Promise<{ email: string }> {
  if (input.staffId === actor.id) throw new ActionError("CONFLICT", "staff.cannotDisableSelf");
  const found = await db.staffUser.findUnique({ where: { id: input.staffId }, select: { id: true } });
  if (!found) throw new ActionError("NOT_FOUND", "actions.notFound");
  return db.staffUser.update({
    where: { id: input.staffId },
    data: { isDisabled: input.isDisabled, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
}
