import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { hashLinkToken } from "@/lib/auth/tokens";
import { caseScope } from "@/lib/cases/count-open-cases";
import { db } from "@/lib/db";
import type { Attachment } from "@/lib/generated/prisma/client";

// Ids are UUIDs in the database; anything else cannot match, and would make PostgreSQL refuse the query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The attachment when the status-link token belongs to an applicant of its case, else null. */
export async function findAttachmentForApplicant(attachmentId: string, statusToken: string): Promise<Attachment | null> {
  if (!UUID.test(attachmentId) || statusToken === "") return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, case: { applicants: { some: { statusTokenHash: hashLinkToken(statusToken) } } } },
  });
}

/** The attachment when its case is within what the staff member may see (office heads: their offices). */
export async function findAttachmentForStaff(attachmentId: string, user: TStaffUser): Promise<Attachment | null> {
  if (!UUID.test(attachmentId)) return null;
  return db.attachment.findFirst({ where: { id: attachmentId, case: caseScope(user) } });
}
