import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TStaffUser } from "@/lib/auth/current-user";

import { OPEN_WHERE, overdueWhere, PAUSED_WHERE } from "./lifecycle/clock-where";

/** The cases a staff member may see: office heads their offices' only. */
export function caseScope(user: TStaffUser): Prisma.CaseWhereInput {
  return user.role === "OFFICE_HEAD" ? { officePostcode: { in: user.officePostcodes } } : {};
}

export type TOpenCaseCounts = { open: number; overdue: number; paused: number; news: number };

/**
 * The overview's figures within the staff member's scope, by the lifecycle's clock: open cases, the overdue
 * among them (never a paused one), those waiting for the customer, and those the customer wrote to since
 * staff last opened them (the inbox's «Новое от клиента»).
 */
export async function countOpenCases(user: TStaffUser, now = new Date()): Promise<TOpenCaseCounts> {
  const scope = caseScope(user);
  const [open, overdue, paused, news] = await Promise.all([
    db.case.count({ where: { AND: [scope, OPEN_WHERE] } }),
    db.case.count({ where: { AND: [scope, overdueWhere(now)] } }),
    db.case.count({ where: { AND: [scope, PAUSED_WHERE] } }),
    db.case.count({ where: { AND: [scope, { customerNewsAt: { not: null } }] } }),
  ]);
  return { open, overdue, paused, news };
}
