import "server-only";

import type { TStoredUpload } from "@/lib/attachments";
import { recordCustomerComment } from "@/lib/cases/customer-comment";
import { MOVE_CASE_SELECT } from "@/lib/cases/lifecycle/move-case";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TFoundCase } from "./find-case";
import type { TRefusedFile } from "./inspect-email-attachments";

/**
 * The customer's email as their comment in the case, with its files, whatever the case's status: a case
 * waiting for them goes back to work, an answered or closed one is reopened or flagged (by the setting),
 * an ended one keeps its status — and every one shows as new from the customer (recordCustomerComment).
 * Only their own words are the comment; what their mail client quoted is kept beside it for staff.
 */
export async function addEmailToCase(
  tx: Prisma.TransactionClient,
  input: {
    found: TFoundCase;
    text: string;
    quoted: string;
    messageId: string;
    stored: TStoredUpload[];
    refused: TRefusedFile[];
    now: Date;
  },
): Promise<{ eventId: string }> {
  const current = await tx.case.findUniqueOrThrow({ where: { id: input.found.caseId }, select: MOVE_CASE_SELECT });
  const { eventId } = await recordCustomerComment(tx, current, {
    applicantId: input.found.applicantId,
    channel: "EMAIL",
    body: input.text,
    quoted: input.quoted,
    messageId: input.messageId,
    refusedFiles: input.refused,
    stored: input.stored,
    now: input.now,
  });
  return { eventId };
}
