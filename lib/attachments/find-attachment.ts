import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { hashLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { Prisma, type Attachment } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The attachments of its case an applicant's status link opens: the files they added themselves (their
 * filing, the claim they joined with, their comments and emailed replies) and the files staff sent in public.
 * A co-claimant's files stay theirs: sender and addressee of one search claim are often strangers. The
 * status page lists files by this rule too, so it never shows a link the download would refuse.
 */
export function applicantAttachmentsWhere(applicant: { id: string; isPrimary: boolean }): Prisma.AttachmentWhereInput {
  return {
    event: {
      OR: [
        { applicantId: applicant.id },
        // A filing's files are on its FILED event, which names no applicant: the primary applicant filed it.
        ...(applicant.isPrimary ? [{ kind: "FILED" as const, applicantId: null }] : []),
        { staffId: { not: null }, isPublic: true },
      ],
    },
  };
}

/**
 * The same rule as applicantAttachmentsWhere, as SQL over an event row (`event`, an alias) and the applicant's
 * id and primacy (expressions of the same statement), for a page that reads the case and its files in one
 * statement. Keep the two together: the status page lists files by this one, the download checks the other.
 */
export function applicantAttachmentEventSql(event: string, applicant: { id: Prisma.Sql; isPrimary: Prisma.Sql }) {
  const e = Prisma.raw(event);
  return Prisma.sql`(${e}."applicantId" = ${applicant.id}
    OR (${applicant.isPrimary} AND ${e}."kind" = 'FILED' AND ${e}."applicantId" IS NULL)
    OR (${e}."staffId" IS NOT NULL AND ${e}."isPublic"))`;
}

/** The attachment when the status-link token's applicant may open it (see applicantAttachmentsWhere), else null. */
export async function findAttachmentForApplicant(
  attachmentId: string,
  statusToken: string,
): Promise<Attachment | null> {
  if (!isUuid(attachmentId) || statusToken === "") return null;
  const applicant = await db.caseApplicant.findUnique({
    where: { statusTokenHash: hashLinkToken(statusToken) },
    select: { id: true, caseId: true, isPrimary: true },
  });
  if (!applicant) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, caseId: applicant.caseId, ...applicantAttachmentsWhere(applicant) },
  });
}

/** The attachment when its case is within what the staff member may see (office heads: their offices). */
export async function findAttachmentForStaff(attachmentId: string, user: TStaffUser): Promise<Attachment | null> {
  if (!isUuid(attachmentId)) return null;
  return db.attachment.findFirst({ where: { id: attachmentId, case: caseScope(user) } });
}
