import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { can, caseScope } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/cases/lifecycle/statuses";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The staff member as the lifecycle knows them. */
export function staffActor(user: TStaffUser): Extract<TActor, { kind: "staff" }> {
  return { kind: "staff", id: user.id, role: user.role };
}

/** The case by id within the staff member's scope; a case outside it answers as a missing one. */
export async function scopedCaseOrFail<TSelect extends Prisma.CaseSelect>(
  tx: Prisma.TransactionClient,
  caseId: string,
  user: TStaffUser,
  select: TSelect,
): Promise<Prisma.CaseGetPayload<{ select: TSelect }>> {
  const found = await tx.case.findFirst({ where: { id: caseId, ...caseScope(user) }, select });
  if (!found) throw new ActionError("NOT_FOUND", "caseDetail.errors.notFound");
  return found as Prisma.CaseGetPayload<{ select: TSelect }>;
}

/**
 * Who may put a case on whose desk, on the case page and in bulk alike: without `case.assignOthers` (an
 * operator) a staff member takes cases only themselves; the assignee must be active and work cases.
 */
export async function assertMayAssign(
  tx: Prisma.TransactionClient,
  user: TStaffUser,
  assigneeId: string | null,
): Promise<void> {
  if (!can(user, "case.assignOthers") && assigneeId !== user.id)
    throw new ActionError("FORBIDDEN", "caseDetail.errors.assignSelfOnly", {}, "assigneeId");
  if (!assigneeId) return;
  const assignee = await tx.staffUser.findUnique({
    where: { id: assigneeId },
    select: { isDisabled: true, role: true },
  });
  if (!assignee || assignee.isDisabled || !can(assignee, "case.work")) {
    throw new ActionError("INVALID", "caseDetail.errors.assignee", {}, "assigneeId");
  }
}
