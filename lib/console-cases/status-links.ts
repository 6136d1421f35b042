import "server-only";

import { newLinkToken } from "@/lib/auth/tokens";
import { statusUrl } from "@/lib/cases/filing";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A new status link for an applicant, replacing the old one. Only a hash of a status token is stored, so
 * the link from the first email cannot be rebuilt; every later email (a reply, an extension notice) carries
 * a freshly issued link instead, and the old one stops working. The applicant's newest email from us always
 * holds a working link, and a forwarded old email no longer opens the case.
 */
export async function rotateStatusLink(tx: Prisma.TransactionClient, applicantId: string): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  await tx.caseApplicant.update({ where: { id: applicantId }, data: { statusTokenHash: tokenHash } });
  return statusUrl(token);
}

/** The reply address of a case, created the first time the case writes to its applicants. */
export async function ensureReplyToken(
  tx: Prisma.TransactionClient,
  current: { id: string; replyToken: string | null },
  newToken: () => string,
): Promise<string> {
  if (current.replyToken) return current.replyToken;
  const token = newToken();
  await tx.case.update({ where: { id: current.id }, data: { replyToken: token } });
  return token;
}

export function applicantName(applicant: { firstName: string; patronymic: string | null }): string {
  return [applicant.firstName, applicant.patronymic].filter(Boolean).join(" ");
}
