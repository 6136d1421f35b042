import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/cases/count-open-cases";
import { canBeAssigned, CASE_MANAGER_ROLES, CASE_WORKER_ROLES, type TActor } from "@/lib/cases/lifecycle/statuses";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Roles that work cases; analysts only read. The lifecycle's lists, as the guards here take them. */
export const CASE_WORKERS: StaffRole[] = [...CASE_WORKER_ROLES];
export const CASE_MANAGERS: StaffRole[] = [...CASE_MANAGER_ROLES];

export function assertRole(user: TStaffUser, roles: StaffRole[]): void {
  if (!roles.includes(user.role)) throw new ActionError("FORBIDDEN", "actions.forbidden");
}

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
 * Who may put a case on whose desk, on the case page and in bulk alike: an operator takes cases only
 * themselves; the others assign anyone who works cases (an active staff member whom `canBeAssigned` allows).
 */
export async function assertMayAssign(tx: Prisma.TransactionClient, user: TStaffUser, assigneeId: string | null): Promise<void> {
  if (user.role === "OPERATOR" && assigneeId !== user.id) throw new ActionError("FORBIDDEN", "caseDetail.errors.assignSelfOnly", {}, "assigneeId");
  if (!assigneeId) return;
  const assignee = await tx.staffUser.findUnique({ where: { id: assigneeId }, select: { isDisabled: true, role: true } });
  if (!assignee || assignee.isDisabled || !canBeAssigned(assignee.role)) {
    throw new ActionError("INVALID", "caseDetail.errors.assignee", {}, "assigneeId");
  }
}
