import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/cases/count-open-cases";
import { db } from "@/lib/db";

import { assertRole, CASE_MANAGERS, scopedCaseOrFail, snapshot } from "./access";

const MERGE_SELECT = { id: true, number: true, status: true, mergedIntoId: true, text: true, pausedAt: true, closedAt: true } as const;

/**
 * Merges a duplicate into another case: its applicants (with their status links), history and files move to
 * the target, so every applicant now follows the target case and staff read one history; the duplicate is
 * closed with a pointer to the target and frees its tracking number. Both cases record the merge.
 */
export async function mergeCase(input: { duplicateId: string; intoId: string }, user: TStaffUser): Promise<{ intoNumber: string }> {
  assertRole(user, CASE_MANAGERS);
  if (input.duplicateId === input.intoId) throw new ActionError("INVALID", "caseDetail.errors.mergeSelf");
  return db.$transaction(async (tx) => {
    const duplicate = await scopedCaseOrFail(tx, input.duplicateId, user, {
      ...MERGE_SELECT,
      applicants: { where: { isPrimary: true }, select: { id: true } },
    });
    const into = await scopedCaseOrFail(tx, input.intoId, user, MERGE_SELECT);
    if (duplicate.mergedIntoId || duplicate.status === "CLOSED") throw new ActionError("CONFLICT", "caseDetail.errors.mergeClosed");
    if (into.mergedIntoId || into.status === "CLOSED") throw new ActionError("CONFLICT", "caseDetail.errors.mergeTargetClosed");

    const now = new Date();
    // The duplicate's filing becomes its applicant's own addition to the target: the status page shows it to
    // them as theirs, and to no one else.
    await tx.caseEvent.updateMany({
      where: { caseId: duplicate.id, kind: "FILED" },
      data: { kind: "APPLICANT_JOINED", applicantId: duplicate.applicants[0]?.id ?? null, body: duplicate.text },
    });
    const [events, applicants, attachments] = await Promise.all([
      tx.caseEvent.updateMany({ where: { caseId: duplicate.id }, data: { caseId: into.id } }),
      tx.caseApplicant.updateMany({ where: { caseId: duplicate.id }, data: { caseId: into.id, isPrimary: false } }),
      tx.attachment.updateMany({ where: { caseId: duplicate.id }, data: { caseId: into.id } }),
    ]);
    await tx.openClaim.deleteMany({ where: { caseId: duplicate.id } });
    await tx.case.update({
      where: { id: duplicate.id },
      data: { status: "CLOSED", closedAt: now, mergedIntoId: into.id, pausedAt: null },
    });
    const moved = { events: events.count, applicants: applicants.count, attachments: attachments.count };
    await tx.caseEvent.create({
      data: {
        caseId: duplicate.id,
        kind: "STATUS_CHANGED",
        isPublic: false,
        staffId: user.id,
        data: {
          action: "MERGED_INTO",
          from: duplicate.status,
          to: "CLOSED",
          into: into.number,
          moved,
          before: snapshot({ status: duplicate.status, mergedIntoId: null, closedAt: duplicate.closedAt }),
          after: snapshot({ status: "CLOSED", mergedIntoId: into.id, closedAt: now }),
        },
      },
    });
    await tx.caseEvent.create({
      data: {
        caseId: into.id,
        kind: "INTERNAL_NOTE",
        isPublic: false,
        staffId: user.id,
        data: { action: "MERGED", duplicate: duplicate.number, moved, before: null, after: { merged: duplicate.number } },
      },
    });
    return { intoNumber: into.number };
  });
}

/** The merge form names the target by its number. */
export async function mergeCaseByNumber(input: { duplicateId: string; intoNumber: string }, user: TStaffUser) {
  assertRole(user, CASE_MANAGERS);
  const into = await db.case.findFirst({ where: { number: input.intoNumber.trim(), ...caseScope(user) }, select: { id: true } });
  if (!into) throw new ActionError("NOT_FOUND", "caseDetail.errors.mergeTarget", {}, "intoNumber");
  return mergeCase({ duplicateId: input.duplicateId, intoId: into.id }, user);
}
