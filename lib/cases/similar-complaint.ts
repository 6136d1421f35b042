import "server-only";

import { enqueueEmail } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocale } from "@/lib/i18n/locales";
import { greetingName } from "@/lib/i18n/person-name";

import { caseReplyAddress, currentStatusLink, type TStatusLinkApplicant } from "./applicant-emails";

/**
 * How far back a complaint from the same address, on the same topic and about the same office (or both
 * about none), counts as similar: people who heard nothing for a few days often write again rather than
 * open the status link they were sent.
 */
export const SIMILAR_COMPLAINT_DAYS = 7;

/** The earlier complaint the filer is told of: its number and when it was filed. */
export type TSimilarCase = { caseNumber: string; filedAt: Date };

/** The earlier complaint's applicant row, with what sending its link again needs (EMAIL_APPLICANT_SELECT's fields). */
export type TSimilarComplaint = TStatusLinkApplicant & {
  firstName: string;
  patronymic: string | null;
  email: string;
  locale: string;
  case: { id: string; number: string; createdAt: Date; replyToken: string | null };
};

/** TSimilarComplaint as similarComplaintSql gives it: times as text, stored in UTC without a zone. */
export type TSimilarJson = Omit<TSimilarComplaint, "case"> & {
  case: Omit<TSimilarComplaint["case"], "createdAt"> & { createdAt: string };
};

/**
 * The filer's latest complaint like this one within SIMILAR_COMPLAINT_DAYS, as its applicant row in JSON,
 * or NULL. An SQL expression over the topic's and the office's (NULL: no office) expressions, so that the
 * statement finding them asks it too (findComplaintContext). Asked before the new complaint is written,
 * so it never finds the complaint itself.
 */
export function similarComplaintSql(
  filing: { email: string; topicId: Prisma.Sql; officePostcode: Prisma.Sql },
  now: Date = new Date(),
): Prisma.Sql {
  const since = new Date(now.getTime() - SIMILAR_COMPLAINT_DAYS * 86_400_000).toISOString();
  // The filer's own applications first, then each one's case by its id: a few rows for any address. Left to
  // choose, the planner may start from the cases instead (every recent complaint on the topic, each tested
  // for the address), which it does on tables not yet analysed, and which costs a filing more with every
  // complaint; the LIMIT keeps the case's lookup a step of its own that it cannot turn around.
  return Prisma.sql`(
    SELECT jsonb_build_object(
      'id', a."id", 'firstName', a."firstName", 'patronymic', a."patronymic", 'email', a."email",
      'locale', a."locale", 'statusLinkVersion', a."statusLinkVersion", 'statusTokenHash', a."statusTokenHash",
      'case', jsonb_build_object('id', c."id", 'number', c."number", 'createdAt', c."createdAt", 'replyToken', c."replyToken")
    )
    FROM "CaseApplicant" AS a CROSS JOIN LATERAL (
      SELECT c."id", c."number", c."createdAt", c."replyToken" FROM "Case" AS c
      WHERE c."id" = a."caseId" AND c."type" = 'COMPLAINT'
        AND c."topicId" = ${filing.topicId} AND c."officePostcode" IS NOT DISTINCT FROM ${filing.officePostcode}
        AND c."createdAt" >= ${since}::timestamp
      LIMIT 1
    ) AS c
    WHERE a."email" = ${filing.email} AND a."isPrimary"
    ORDER BY a."createdAt" DESC
    LIMIT 1)`;
}

/** similarComplaintSql's value read back. */
export function similarComplaintOf(json: TSimilarJson | null): TSimilarComplaint | null {
  if (!json) return null;
  // Times are stored without a zone, in UTC; inside JSON they come back as text without the «Z».
  return { ...json, case: { ...json.case, createdAt: new Date(`${json.case.createdAt}Z`) } };
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
