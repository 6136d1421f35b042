import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { OPEN_WHERE, overdueWhere, PAUSED_WHERE } from "./lifecycle/clock-where";

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
