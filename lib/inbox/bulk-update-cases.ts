import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { CaseMoveRefused, MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import type { TMoveRefusal } from "@/lib/cases/lifecycle/statuses";
import { assertMayAssign, staffActor } from "@/lib/console-cases/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import type { TBulkUpdate } from "./schemas";

/** Why a case was left as it was: the lifecycle's reason, or a merged duplicate, or nothing to change. */
export type TBulkSkipReason = TMoveRefusal | "CHANGED" | "MERGED" | "SAME_ASSIGNEE";
export type TBulkSkip = { number: string; status: CaseStatus; reason: TBulkSkipReason };
export type TBulkResult = { updated: number; skipped: TBulkSkip[] };

type TBulkCase = Prisma.CaseGetPayload<{ select: typeof BULK_SELECT }>;
const BULK_SELECT = { ...MOVE_CASE_SELECT, number: true, assigneeId: true } as const;

/** Assigns the cases, each assignment recorded; one already on that desk is reported, not rewritten. */
async function assignAll(
  tx: Prisma.TransactionClient,
  cases: TBulkCase[],
  assigneeId: string | null,
  user: TStaffUser,
): Promise<TBulkResult> {
  await assertMayAssign(tx, user, assigneeId);
  const skipped: TBulkSkip[] = [];
  const now = new Date();
  const changed = cases.filter((item) => {
    if (item.assigneeId !== assigneeId) return true;
    skipped.push({ number: item.number, status: item.status, reason: "SAME_ASSIGNEE" });
    return false;
  });
  await tx.case.updateMany({ where: { id: { in: changed.map((item) => item.id) } }, data: { assigneeId } });
  await tx.caseEvent.createMany({
    data: changed.map((item) =>
      caseEventRow(
        item.id,
        { kind: "ASSIGNED", assigneeId, before: { assigneeId: item.assigneeId }, after: { assigneeId } },
        staffActor(user),
        now,
      ),
    ),
  });
  return { updated: changed.length, skipped };
}

/**
 * Moves each case through the lifecycle exactly as the case page's status control does (moveCase, via
 * "status"). Each case runs inside a savepoint: a case the lifecycle refuses is rolled back to where it stood
 * and reported with the reason, and the others still move.
 */
async function moveAll(
  tx: Prisma.TransactionClient,
  cases: TBulkCase[],
  to: CaseStatus,
  user: TStaffUser,
): Promise<TBulkResult> {
  const skipped: TBulkSkip[] = [];
  let updated = 0;
  for (const item of cases) {
    if (item.mergedIntoId) {
      skipped.push({ number: item.number, status: item.status, reason: "MERGED" });
      continue;
    }
    await tx.$executeRawUnsafe("SAVEPOINT bulk_case");
    try {
      await moveCase(tx, item, to, staffActor(user), { via: "status" });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT bulk_case");
      updated += 1;
    } catch (error) {
      if (!(error instanceof CaseMoveRefused)) throw error;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT bulk_case");
      skipped.push({ number: item.number, status: item.status, reason: error.reason });
    }
  }
  return { updated, skipped };
}

/**
 * Assigns, changes the status of, or closes the selected cases in one transaction, by the same rules as the
 * case page, case by case; the result names the cases left as they were and why. Every id must be within
 * the staff member's scope, or nothing is changed: an office head cannot reach another office's case by
 * editing the request.
 */
export async function bulkUpdateCases(input: TBulkUpdate, user: TStaffUser): Promise<TBulkResult> {
  assertCan(user, "case.work");
  const caseIds = [...new Set(input.caseIds)];
  return db.$transaction(async (tx) => {
    const cases = await tx.case.findMany({
      where: { AND: [caseScope(user), { id: { in: caseIds } }] },
      select: BULK_SELECT,
      orderBy: { number: "asc" },
    });
    if (cases.length !== caseIds.length) throw new ActionError("FORBIDDEN", "inbox.bulk.outOfScope");
    if (input.action === "assign") return assignAll(tx, cases, input.assigneeId, user);
    return moveAll(tx, cases, input.action === "close" ? "CLOSED" : input.status, user);
  });
}
