import "server-only";

import { attachmentRowsFor, type TStoredUpload } from "@/lib/attachments";
import { resumeClock } from "@/lib/console-cases/status-flow";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TFoundCase } from "./find-case";
import type { TRefusedFile } from "./inspect-email-attachments";

/**
 * The customer's email as a comment in their case, with its files. A case waiting for the customer goes
 * back to work and its deadline moves on by the pause, as when they write through the status page.
 * A closed case takes the comment too (staff see it and may reopen the case); its status stays.
 */
export async function addEmailToCase(
  tx: Prisma.TransactionClient,
  input: { found: TFoundCase; text: string; messageId: string; stored: TStoredUpload[]; refused: TRefusedFile[]; now: Date },
): Promise<{ eventId: string }> {
  const { found, now } = input;
  const current = await tx.case.findUniqueOrThrow({
    where: { id: found.caseId },
    select: { status: true, dueAt: true, pausedAt: true },
  });
  const event = await tx.caseEvent.create({
    data: {
      caseId: found.caseId,
      kind: "APPLICANT_COMMENT",
      isPublic: true,
      body: input.text,
      applicantId: found.applicantId,
      data: { channel: "EMAIL", messageId: input.messageId, ...(input.refused.length ? { refusedFiles: input.refused } : {}) },
      createdAt: now,
    },
    select: { id: true },
  });
  if (input.stored.length) await tx.attachment.createMany({ data: attachmentRowsFor(input.stored, found.caseId, event.id) });
  if (current.status === "WAITING_FOR_CUSTOMER") {
    const clock = resumeClock({ dueAt: current.dueAt, pausedAt: current.pausedAt, now });
    await tx.case.update({ where: { id: found.caseId }, data: { status: "IN_PROGRESS", ...clock } });
    await tx.caseEvent.create({
      data: {
        caseId: found.caseId,
        kind: "STATUS_CHANGED",
        applicantId: found.applicantId,
        createdAt: now,
        data: {
          from: current.status,
          to: "IN_PROGRESS",
          before: { status: current.status, dueAt: current.dueAt.toISOString(), pausedAt: current.pausedAt?.toISOString() ?? null },
          after: { status: "IN_PROGRESS", dueAt: clock.dueAt.toISOString(), pausedAt: null },
        },
      },
    });
  }
  return { eventId: event.id };
}
