import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import { db } from "@/lib/db";

import { scopedCaseOrFail, staffActor } from "./access";
import { isStillWorked } from "./status-choices";

const MERGE_SELECT = { ...MOVE_CASE_SELECT, number: true, text: true } as const;

/**
 * Merges a duplicate into another case: its applicants (with their status links), history and files move to
 * the target, so every applicant now follows the target case and staff read one history; the duplicate is
 * closed through the lifecycle (a move only a merge makes) with a pointer to the target, which frees its
 * tracking number. Both cases record the merge. The applicants are not told of the duplicate's closing: they
 * follow the target case now, and it tells them what happens.
 */
export async function mergeCase(
  input: { duplicateId: string; intoId: string },
  user: TStaffUser,
): Promise<{ intoNumber: string }> {
  assertCan(user, "case.merge");
  if (input.duplicateId === input.intoId) throw new ActionError("INVALID", "caseDetail.errors.mergeSelf");
  return db.$transaction(async (tx) => {
    const duplicate = await scopedCaseOrFail(tx, input.duplicateId, user, {
      ...MERGE_SELECT,
      applicants: { where: { isPrimary: true }, select: { id: true } },
    });
    const into = await scopedCaseOrFail(tx, input.intoId, user, MERGE_SELECT);
    if (duplicate.mergedIntoId || !isStillWorked(duplicate.status))
      throw new ActionError("CONFLICT", "caseDetail.errors.mergeClosed");
    if (into.mergedIntoId || !isStillWorked(into.status))
      throw new ActionError("CONFLICT", "caseDetail.errors.mergeTargetClosed");

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
    const actor = staffActor(user);
    await moveCase(tx, duplicate, "CLOSED", actor, {
      via: "merge",
      now,
      tellApplicants: false,
      extra: { mergedIntoId: into.id },
    });
    const moved = { events: events.count, applicants: applicants.count, attachments: attachments.count };
    await tx.caseEvent.createMany({
      data: [
        caseEventRow(duplicate.id, { kind: "MERGED", role: "duplicate", other: into.number, moved }, actor, now),
        caseEventRow(into.id, { kind: "MERGED", role: "kept", other: duplicate.number, moved }, actor, now),
      ],
    });
    return { intoNumber: into.number };
  });
}

/** The merge form names the target by its number. */
export async function mergeCaseByNumber(input: { duplicateId: string; intoNumber: string }, user: TStaffUser) {
  assertCan(user, "case.merge");
  const into = await db.case.findFirst({
    where: { number: input.intoNumber.trim(), ...caseScope(user) },
    select: { id: true },
  });
  if (!into) throw new ActionError("NOT_FOUND", "caseDetail.errors.mergeTarget", {}, "intoNumber");
  return mergeCase({ duplicateId: input.duplicateId, intoId: into.id }, user);
}
