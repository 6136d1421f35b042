import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/cases/count-open-cases";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Roles that work cases; analysts only read. */
export const CASE_WORKERS: StaffRole[] = ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"];
export const CASE_MANAGERS: StaffRole[] = ["SUPERVISOR", "ADMIN"];

export function assertRole(user: TStaffUser, roles: StaffRole[]): void {
  if (!roles.includes(user.role)) throw new ActionError("FORBIDDEN", "actions.forbidden");
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

/** Serializable snapshots for the audit trail's before/after. */
export function snapshot<T extends Record<string, unknown>>(value: T): Prisma.InputJsonObject {
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, item instanceof Date ? item.toISOString() : (item ?? null)]),
  ) as Prisma.InputJsonObject;
}
