import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { endSessionsOf, recordSessionsEnded } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

import type { TSetStaffDisabled } from "./schemas";

/** Disables (or re-enables) an account; disabling ends all its sessions at once. */
export async function setStaffDisabled(input: TSetStaffDisabled, actor: TStaffUser): Promise<{ email: string }> {
  if (input.staffId === actor.id) throw new ActionError("CONFLICT", "staff.cannotDisableSelf");
  const found = await db.staffUser.findUnique({ where: { id: input.staffId }, select: { id: true } });
  if (!found) throw new ActionError("NOT_FOUND", "actions.notFound");
  const staff = await db.$transaction(async (tx) => {
    const updated = await tx.staffUser.update({
      where: { id: input.staffId },
      data: { isDisabled: input.isDisabled, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    // Enabling the account again must not bring its old sessions back.
    if (input.isDisabled) await endSessionsOf({ staffId: input.staffId }, "DISABLED", { client: tx });
    return updated;
  });
  if (input.isDisabled) await recordSessionsEnded({ staffId: input.staffId }, "DISABLED");
  return staff;
}
