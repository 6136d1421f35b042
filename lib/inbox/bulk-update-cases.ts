import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/cases/count-open-cases";
import { resumeClock } from "@/lib/console-cases/status-flow";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import type { TBulkUpdate } from "./schemas";

/**
 * Assigns, changes the status of, or closes the selected cases, all in one transaction. Every id must be
 * within the staff member's scope, or nothing is changed: an office head cannot reach another office's case
 * by editing the request. Each status change leaves a STATUS_CHANGED event with who did it.
 */
export async function bulkUpdateCases(input: TBulkUpdate, user: TStaffUser): Promise<{ updated: number }> {
  const caseIds = [...new Set(input.caseIds)];
  return db.$transaction(async (tx) => {
    const cases = await tx.case.findMany({
      where: { AND: [caseScope(user), { id: { in: caseIds } }] },
      select: { id: true, type: true, status: true, trackingNumber: true, pausedAt: true, dueAt: true },
    });
    if (cases.length !== caseIds.length) throw new ActionError("FORBIDDEN", "inbox.bulk.outOfScope");

    if (input.action === "assign") {
      if (input.assigneeId) {
        const assignee = await tx.staffUser.findFirst({ where: { id: input.assigneeId, isDisabled: false }, select: { id: true } });
        if (!assignee) throw new ActionError("NOT_FOUND", "inbox.bulk.noSuchAssignee", {}, "assigneeId");
      }
      const { count } = await tx.case.updateMany({ where: { id: { in: caseIds } }, data: { assigneeId: input.assigneeId } });
      return { updated: count };
    }

    const to: CaseStatus = input.action === "close" ? "CLOSED" : input.status;
    const now = new Date();
    let updated = 0;
    for (const item of cases) {
      if (item.status === to) continue;
      const data: Prisma.CaseUpdateInput = { status: to };
      // Leaving "waiting for the customer" restarts the legal clock: the deadline moves on by the pause.
      if (item.pausedAt) Object.assign(data, resumeClock({ dueAt: item.dueAt, pausedAt: item.pausedAt, now }));
      if (to === "CLOSED") data.closedAt = now;
      if (item.status === "CLOSED") data.closedAt = null;
      if (to === "ANSWERED") data.answeredAt = now;
      await tx.case.update({ where: { id: item.id }, data });
      await tx.caseEvent.create({
        data: { caseId: item.id, kind: "STATUS_CHANGED", staffId: user.id, data: { from: item.status, to } },
      });
      if (item.type === "CLAIM" && item.trackingNumber && item.status === "CLOSED") {
        await reopenClaim(tx, item.id, item.trackingNumber);
      }
      updated += 1;
    }
    // A closed claim frees its tracking number: the next claim for the item opens a new case.
    if (to === "CLOSED") await tx.openClaim.deleteMany({ where: { caseId: { in: cases.map((item) => item.id) } } });
    return { updated };
  });
}

/** A reopened claim is the item's open claim again, unless another claim for it has been opened since. */
async function reopenClaim(tx: Prisma.TransactionClient, caseId: string, trackingNumber: string) {
  const open = await tx.openClaim.findUnique({ where: { trackingNumber }, select: { caseId: true } });
  if (open && open.caseId !== caseId) throw new ActionError("CONFLICT", "inbox.bulk.claimReopenConflict", { trackingNumber });
  if (!open) await tx.openClaim.create({ data: { trackingNumber, caseId } });
}
