import "server-only";

import { attachmentRowsFor, type TStoredUpload } from "@/lib/attachments";
import { createCase } from "@/lib/cases/create-case";
import { formatDueDate, statusUrl } from "@/lib/cases/filing";
import { getConfig } from "@/lib/config";
import { enqueueEmail } from "@/lib/email/outbox";
import { newReplyToken, replyAddressFor } from "@/lib/email/reply-address";
import type { Prisma } from "@/lib/generated/prisma/client";
import { greetingName } from "@/lib/i18n/person-name";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import type { TRefusedFile } from "./inspect-email-attachments";
import { applicantNameFrom, localeOfText } from "./match-rules";

const TOPIC_OTHER = "other";

/**
 * An email that belongs to no case is a new complaint, filed the way the web form files one: registered
 * with its legal deadline, the sender as applicant with a fresh status link, and the confirmation email —
 * whose Reply-To is the new case's reply address, so the conversation stays in the case.
 */
export async function openCaseFromEmail(
  tx: Prisma.TransactionClient,
  input: {
    sender: string;
    senderName: string | undefined;
    subject: string;
    text: string;
    /** What the mail quoted or forwarded (a postman's letter sent on to us), kept apart for staff. */
    quoted: string;
    messageId: string;
    stored: TStoredUpload[];
    refused: TRefusedFile[];
  },
): Promise<{ caseId: string; number: string }> {
  const locale = localeOfText(`${input.subject}\n${input.text}`);
  const topic = await tx.topic.findUnique({ where: { code: TOPIC_OTHER }, select: { id: true } });
  const name = applicantNameFrom(input.senderName, input.sender);
  const text = [input.subject.trim(), input.text.trim()].filter(Boolean).join("\n\n") || "—";
  const created = await createCase(tx, {
    type: "COMPLAINT",
    channel: "EMAIL",
    rule: "APPEAL",
    text,
    topicId: topic?.id,
    applicant: { ...name, email: input.sender, role: "APPLICANT", locale },
  });
  const replyToken = newReplyToken();
  await tx.case.update({ where: { id: created.caseId }, data: { replyToken } });
  await tx.caseEvent.update({
    where: { id: created.eventId },
    data: {
      data: {
        channel: "EMAIL",
        messageId: input.messageId,
        ...(input.refused.length ? { refusedFiles: input.refused } : {}),
      },
    },
  });
  if (input.stored.length)
    await tx.attachment.createMany({ data: attachmentRowsFor(input.stored, created.caseId, created.eventId) });
  await enqueueEmail(
    tx,
    {
      template: "case-filed",
      to: input.sender,
      locale,
      data: {
        name: greetingName(name),
        caseNumber: created.number,
        kind: "COMPLAINT",
        statusUrl: statusUrl(created.statusToken),
        dueDate: formatDueDate(created.dueAt, caseTimeZone(null), locale),
        isJoined: false,
      },
    },
    { replyTo: replyAddressFor(getConfig().MAIL_REPLY_ADDRESS, replyToken) },
  );
  return { caseId: created.caseId, number: created.number };
}
