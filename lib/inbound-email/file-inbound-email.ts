import "server-only";

import type { TStoredUpload } from "@/lib/attachments";
import { withStoredFiles } from "@/lib/cases/filing";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { addEmailToCase } from "./add-email-to-case";
import { findCaseFor } from "./find-case";
import { inspectEmailAttachments } from "./inspect-email-attachments";
import { matchClue } from "./match-rules";
import { openCaseFromEmail } from "./open-case-from-email";
import { parseInboundEmail } from "./parse-inbound-email";
import { stripQuotedText } from "./strip-quotes";

export type TInboundOutcome =
  | { outcome: "ATTACHED"; caseId: string; eventId: string }
  | { outcome: "NEW_CASE"; caseId: string; number: string }
  /** Filed before (the same Message-ID), or no longer stored. */
  | { outcome: "DUPLICATE" }
  /** No sender address to answer or to file a case for. */
  | { outcome: "IGNORED" };

type TFiled = Extract<TInboundOutcome, { caseId: string }>;

class AlreadyFiled extends Error {}

/**
 * Files a stored email: into its case (reply token, or number + an applicant's address) as the customer's
 * comment, or as a new case. Claiming the row (processedAt) in the same transaction as the writes makes it
 * happen once, however many jobs or deliveries race. Bodies and addresses never reach the log.
 */
export async function fileInboundEmail(id: string, now = new Date()): Promise<TInboundOutcome> {
  const row = await db.inboundEmail.findUnique({ where: { id }, select: { raw: true, processedAt: true } });
  if (!row?.raw || row.processedAt) return { outcome: "DUPLICATE" };
  const mail = await parseInboundEmail(Buffer.from(row.raw));
  const clue = matchClue({ mailbox: getConfig().MAIL_REPLY_ADDRESS, recipients: mail.recipients, subject: mail.subject, sender: mail.sender });
  const found = await findCaseFor(clue, mail.sender);
  const sender = mail.sender;
  if (!found && !sender) {
    await db.inboundEmail.updateMany({ where: { id, processedAt: null }, data: { processedAt: now, outcome: "IGNORED", raw: null } });
    logger.warn({ inboundEmailId: id }, "an incoming email without a sender address was ignored");
    return { outcome: "IGNORED" };
  }
  const text = stripQuotedText(mail.text);
  const { accepted, refused } = await inspectEmailAttachments(mail.attachments);
  const file = async (tx: Prisma.TransactionClient, stored: TStoredUpload[]): Promise<TFiled> => {
    if (found) {
      const { eventId } = await addEmailToCase(tx, { found, text, messageId: mail.messageId, stored, refused, now });
      return { outcome: "ATTACHED", caseId: found.caseId, eventId };
    }
    return { outcome: "NEW_CASE", ...(await openCaseFromEmail(tx, { ...mail, sender: sender ?? "", text, stored, refused })) };
  };
  try {
    const result = await withStoredFiles(accepted, (stored) =>
      db.$transaction(async (tx) => {
        const claimed = await tx.inboundEmail.updateMany({ where: { id, processedAt: null }, data: { processedAt: now } });
        if (claimed.count === 0) throw new AlreadyFiled();
        const filed = await file(tx, stored);
        await tx.inboundEmail.update({ where: { id }, data: { caseId: filed.caseId, outcome: filed.outcome, raw: null } });
        return filed;
      }),
    );
    logger.info({ inboundEmailId: id, caseId: result.caseId, outcome: result.outcome, refusedFiles: refused.length }, "incoming email filed");
    return result;
  } catch (error) {
    if (error instanceof AlreadyFiled) return { outcome: "DUPLICATE" };
    throw error;
  }
}
