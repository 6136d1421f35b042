import "server-only";

import type { TStoredUpload } from "@/lib/attachments";
import { withStoredFiles } from "@/lib/cases/filing";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { mailboxKey } from "@/lib/email/mailbox-key";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { addEmailToCase } from "./add-email-to-case";
import { findCaseFor } from "./find-case";
import { inspectEmailAttachments } from "./inspect-email-attachments";
import { matchClue } from "./match-rules";
import { openCaseFromEmail } from "./open-case-from-email";
import { parseInboundEmail } from "./parse-inbound-email";
import { splitReply } from "./strip-quotes";

export type TInboundOutcome =
  | { outcome: "ATTACHED"; caseId: string; eventId: string }
  | { outcome: "NEW_CASE"; caseId: string; number: string }
  /** Filed before (the same Message-ID), or no longer stored. */
  | { outcome: "DUPLICATE" }
  /** An auto-reply, bounce or list mail, or no sender address to answer: kept, filed nowhere. */
  | { outcome: "IGNORED" }
  /** More new cases from one sender in an hour than a person writes (a mail loop, a flood): kept, not filed. */
  | { outcome: "RATE_LIMITED" };

/** As many as the web form allows one address (lib/cases/filing.ts). */
const NEW_CASES_PER_SENDER = { limit: 10, windowSeconds: 3600 };

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
  const clue = matchClue({
    mailbox: getConfig().MAIL_REPLY_ADDRESS,
    recipients: mail.recipients,
    subject: mail.subject,
    sender: mail.sender,
  });
  const found = await findCaseFor(clue, mail.sender);
  const sender = mail.sender;
  if (mail.isAutomatic || (!found && !sender)) {
    // Kept (raw) for a look by hand, but filed nowhere.
    await db.inboundEmail.updateMany({
      where: { id, processedAt: null },
      data: { processedAt: now, outcome: "IGNORED", caseId: found?.caseId },
    });
    logger.info(
      { inboundEmailId: id, isAutomatic: mail.isAutomatic },
      "an incoming email was not filed: automatic, or no sender",
    );
    return { outcome: "IGNORED" };
  }
  if (
    !found &&
    sender &&
    !(await consumeRateLimit(`inbound:new-case:${mailboxKey(sender)}`, NEW_CASES_PER_SENDER)).isAllowed
  ) {
    await recordSecurityEvent({ kind: "RATE_LIMITED", limit: "inbound-new-case" }, { ip: null, requestId: null });
    await db.inboundEmail.updateMany({
      where: { id, processedAt: null },
      data: { processedAt: now, outcome: "RATE_LIMITED" },
    });
    logger.warn({ inboundEmailId: id }, "an incoming email was not filed: too many new cases from its sender");
    return { outcome: "RATE_LIMITED" };
  }
  const { own: text, quoted } = splitReply(mail.text);
  const { accepted, refused } = await inspectEmailAttachments(mail.attachments);
  const file = async (tx: Prisma.TransactionClient, stored: TStoredUpload[]): Promise<TFiled> => {
    if (found) {
      const { eventId } = await addEmailToCase(tx, {
        found,
        text,
        quoted,
        messageId: mail.messageId,
        stored,
        refused,
        now,
      });
      return { outcome: "ATTACHED", caseId: found.caseId, eventId };
    }
    return {
      outcome: "NEW_CASE",
      ...(await openCaseFromEmail(tx, { ...mail, sender: sender ?? "", text, quoted, stored, refused })),
    };
  };
  try {
    const result = await withStoredFiles(accepted, (stored) =>
      db.$transaction(async (tx) => {
        const claimed = await tx.inboundEmail.updateMany({
          where: { id, processedAt: null },
          data: { processedAt: now },
        });
        if (claimed.count === 0) throw new AlreadyFiled();
        const filed = await file(tx, stored);
        await tx.inboundEmail.update({
          where: { id },
          data: { caseId: filed.caseId, outcome: filed.outcome, raw: null },
        });
        return filed;
      }),
    );
    logger.info(
      { inboundEmailId: id, caseId: result.caseId, outcome: result.outcome, refusedFiles: refused.length },
      "incoming email filed",
    );
    return result;
  } catch (error) {
    if (error instanceof AlreadyFiled) return { outcome: "DUPLICATE" };
    throw error;
  }
}
