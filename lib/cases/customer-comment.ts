import "server-only";

import { attachmentRowsFor, type TStoredUpload } from "@/lib/attachments";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { moveCase, type TMoveCase } from "@/lib/cases/lifecycle/move-case";
import type { TActor } from "@/lib/cases/lifecycle/statuses";
import { getConfig } from "@/lib/config";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export type TCustomerComment = {
  applicantId: string;
  channel: "WEB" | "EMAIL";
  /** The customer's own words. */
  body: string;
  /** What their mail client quoted below or above them, kept apart for staff. */
  quoted?: string;
  messageId?: string;
  refusedFiles?: { fileName: string; reason: string }[];
  stored: TStoredUpload[];
  now: Date;
  /** The status page form's key and the fingerprint of what was posted with it, so a repeat is found. */
  submission?: { idempotencyKey: string; requestHash: string };
};

/**
 * Where the customer's writing takes a case. Waiting for them: back to work, the clock runs again (they
 * just wrote, so no email tells them). Answered or closed: reopened with a fresh term, or — when the
 * department prefers to judge each follow-up (CASE_REPLY_AFTER_ANSWER=flag) — left as it is. Other ended
 * cases (forwarded, left unanswered, correspondence ended) stay ended. Every case is flagged either way.
 */
function moveFor(status: CaseStatus): { to: CaseStatus; tellApplicants: boolean } | null {
  if (status === "WAITING_FOR_CUSTOMER") return { to: "IN_PROGRESS", tellApplicants: false };
  if ((status === "ANSWERED" || status === "CLOSED") && getConfig().CASE_REPLY_AFTER_ANSWER === "reopen") {
    // Told, so the customer knows their follow-up reopened the case and by when it is answered.
    return { to: "REOPENED", tellApplicants: true };
  }
  return null;
}

/**
 * The customer's comment (status page or email) in their case, with its files: recorded as their event,
 * the case moved as `moveFor` says, and marked "new from the customer" until staff open it — so what a
 * customer writes never goes unnoticed, whatever the status. `current` is read in the same transaction.
 */
export async function recordCustomerComment(
  tx: Prisma.TransactionClient,
  current: TMoveCase,
  comment: TCustomerComment,
): Promise<{ eventId: string; status: CaseStatus }> {
  const { now } = comment;
  const actor: TActor = { kind: "customer", applicantId: comment.applicantId };
  const event = await tx.caseEvent.create({
    data: caseEventRow(
      current.id,
      {
        kind: "APPLICANT_COMMENT",
        body: comment.body,
        channel: comment.channel,
        messageId: comment.messageId,
        quoted: comment.quoted || undefined,
        refusedFiles: comment.refusedFiles?.length ? comment.refusedFiles : undefined,
        ...comment.submission,
      },
      actor,
      now,
    ),
    select: { id: true },
  });
  if (comment.stored.length)
    await tx.attachment.createMany({ data: attachmentRowsFor(comment.stored, current.id, event.id) });
  const move = moveFor(current.status);
  if (move) await moveCase(tx, current, move.to, actor, { via: "customer", now, tellApplicants: move.tellApplicants });
  await tx.case.update({ where: { id: current.id }, data: { customerNewsAt: now } });
  return { eventId: event.id, status: move?.to ?? current.status };
}
