import "server-only";

import { getConfig } from "@/lib/config";
import { newReplyToken, replyAddressFor } from "@/lib/email/reply-address";
import type { Prisma } from "@/lib/generated/prisma/client";

import { statusUrl } from "./filing";
import { statusTokenPair } from "./status-link";

/** What an email to an applicant needs: their address, language, greeting and status link; select these fields. */
export const EMAIL_APPLICANT_SELECT = {
  id: true,
  firstName: true,
  patronymic: true,
  email: true,
  locale: true,
  statusLinkVersion: true,
  statusTokenHash: true,
} as const satisfies Prisma.CaseApplicantSelect;

export type TStatusLinkApplicant = { id: string; statusLinkVersion: number; statusTokenHash: string };

/**
 * The applicant's status link: the same one every email carries, for the life of the case, until the
 * applicant asks for a new one (reissueStatusLink). The token is derived from the applicant and the link
 * version (lib/cases/status-link.ts), so nothing secret is read from the database.
 *
 * An applicant who filed before links were derived holds a random link whose token cannot be rebuilt. The
 * first time the portal writes to them again, the derived link is stored in its place: the old random link
 * then stops working, and this email (and every later one) carries the derived link, which stays.
 */
export async function currentStatusLink(
  tx: Prisma.TransactionClient,
  applicant: TStatusLinkApplicant,
): Promise<string> {
  const { token, tokenHash } = statusTokenPair(applicant.id, applicant.statusLinkVersion);
  if (applicant.statusTokenHash !== tokenHash) {
    await tx.caseApplicant.update({ where: { id: applicant.id }, data: { statusTokenHash: tokenHash } });
  }
  return statusUrl(token);
}

/** The address the applicants answer a case's emails at (its Reply-To): its token is made with the first of them. */
export async function caseReplyAddress(
  tx: Prisma.TransactionClient,
  current: { id: string; replyToken: string | null },
): Promise<string> {
  let token = current.replyToken;
  if (!token) {
    token = newReplyToken();
    await tx.case.update({ where: { id: current.id }, data: { replyToken: token } });
  }
  return replyAddressFor(getConfig().MAIL_REPLY_ADDRESS, token);
}
