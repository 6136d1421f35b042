import "server-only";

import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocale } from "@/lib/i18n/locales";
import { greetingName } from "@/lib/i18n/person-name";

import { caseReplyAddress, currentStatusLink, EMAIL_APPLICANT_SELECT } from "./applicant-emails";

/**
 * How far back a complaint from the same address, on the same topic and about the same office (or both
 * about none), counts as similar: people who heard nothing for a few days often write again rather than
 * open the status link they were sent.
 */
export const SIMILAR_COMPLAINT_DAYS = 7;

/** The earlier complaint the filer is told of: its number and when it was filed. */
export type TSimilarCase = { caseNumber: string; filedAt: Date };

type TSimilarFiling = { email: string; topicId: string; officePostcode: string | null };

const SIMILAR_SELECT = {
  ...EMAIL_APPLICANT_SELECT,
  case: { select: { id: true, number: true, createdAt: true, replyToken: true } },
} as const satisfies Prisma.CaseApplicantSelect;

export type TSimilarComplaint = Prisma.CaseApplicantGetPayload<{ select: typeof SIMILAR_SELECT }>;

/**
 * The filer's latest complaint like this one within SIMILAR_COMPLAINT_DAYS, as its applicant row, or null.
 * Asked before the new complaint is written, so it never finds the complaint itself.
 */
export async function findSimilarComplaint(
  filing: TSimilarFiling,
  now: Date = new Date(),
): Promise<TSimilarComplaint | null> {
  return db.caseApplicant.findFirst({
    where: {
      email: filing.email,
      isPrimary: true,
      case: {
        type: "COMPLAINT",
        topicId: filing.topicId,
        officePostcode: filing.officePostcode,
        createdAt: { gte: new Date(now.getTime() - SIMILAR_COMPLAINT_DAYS * 86_400_000) },
      },
    },
    orderBy: { createdAt: "desc" },
    select: SIMILAR_SELECT,
  });
}

/**
 * Sends the earlier complaint's status link again, to the address it was filed from — the page says only
 * that it was sent: whoever typed that address is not necessarily its owner. The link is the one the
 * applicant already holds (it is not replaced, unlike reissueStatusLink), written through the outbox in
 * the caller's transaction, so it goes only if the new complaint is filed.
 */
export async function resendSimilarLink(
  tx: Prisma.TransactionClient,
  similar: TSimilarComplaint,
): Promise<TSimilarCase> {
  await enqueueEmail(
    tx,
    {
      template: "case-link",
      to: similar.email,
      locale: resolveLocale(similar.locale),
      data: {
        name: greetingName(similar),
        caseNumber: similar.case.number,
        statusUrl: await currentStatusLink(tx, similar),
        isReminder: true,
      },
    },
    { replyTo: await caseReplyAddress(tx, similar.case) },
  );
  return { caseNumber: similar.case.number, filedAt: similar.case.createdAt };
}
