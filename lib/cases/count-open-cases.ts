import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TStaffUser } from "@/lib/auth/current-user";

/** The cases a staff member may see: office heads their offices' only. */
export function caseScope(user: TStaffUser): Prisma.CaseWhereInput {
  return user.role === "OFFICE_HEAD" ? { officePostcode: { in: user.officePostcodes } } : {};
}

/** Open and overdue cases within the staff member's scope. */
export async function countOpenCases(user: TStaffUser): Promise<{ open: number; overdue: number }> {
  const open = { ...caseScope(user), status: { notIn: ["ANSWERED", "CLOSED"] as const } } satisfies Prisma.CaseWhereInput;
  const [openCount, overdue] = await Promise.all([
    db.case.count({ where: open }),
    db.case.count({ where: { ...open, dueAt: { lt: new Date() } } }),
  ]);
  return { open: openCount, overdue };
}
