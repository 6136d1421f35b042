import "server-only";

import { caseReplyAddress, currentStatusLink, EMAIL_APPLICANT_SELECT } from "@/lib/cases/applicant-emails";
import { formatDueDate } from "@/lib/cases/filing";
import { enqueueEmail } from "@/lib/email/outbox";
import type { TCaseNotice } from "@/lib/email/templates/case-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locales";
import { greetingName } from "@/lib/i18n/person-name";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

/** What the applicants are told: the case's new status (with its deadline), or an extension. */
export type TApplicantNotice =
  | { kind: "status"; status: CaseStatus; dueAt: Date | null; reason?: string; from?: CaseStatus }
  | { kind: "extended"; dueAt: Date; reason: string };

/** Moves into work the customer hears of: work starts, or starts again after waiting for them or reopening. */
const WORK_STARTS_FROM: readonly CaseStatus[] = ["NEW", "REGISTERED", "REOPENED", "WAITING_FOR_CUSTOMER"];

/** Which notice a change is, or null when the customer has nothing to learn from it (a case just received). */
export function noticeFor(notice: TApplicantNotice): TCaseNotice | null {
  if (notice.kind === "extended") return "EXTENDED";
  switch (notice.status) {
    case "NEW":
      return null;
    case "IN_PROGRESS":
      return !notice.from || WORK_STARTS_FROM.includes(notice.from) ? "IN_PROGRESS" : null;
    default:
      return notice.status;
  }
}

/**
 * Emails every applicant of the case, in their own language, what changed and what it means for them, with
 * their status link — the same one as in every other email — from the case's reply address, so that they
 * can answer. Through the outbox, in the caller's transaction: nothing is sent if the change rolls back.
 * Changes the customer has nothing to learn from are skipped, and so are applicants without an address.
 */
export async function tellApplicants(
  tx: Prisma.TransactionClient,
  caseId: string,
  notice: TApplicantNotice,
): Promise<void> {
  const kind = noticeFor(notice);
  if (!kind) return;
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      id: true,
      number: true,
      status: true,
      replyToken: true,
      forwardedTo: true,
      office: { select: { timeZone: true } },
      applicants: {
        where: { email: { not: "" } },
        select: EMAIL_APPLICANT_SELECT,
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (found.applicants.length === 0) return;
  const timeZone = caseTimeZone(found.office);
  const replyTo = await caseReplyAddress(tx, found);
  for (const applicant of found.applicants) {
    const locale = resolveLocale(applicant.locale);
    const data = {
      notice: kind,
      status: found.status,
      from: notice.kind === "status" ? (notice.from ?? null) : null,
      name: greetingName(applicant),
      caseNumber: found.number,
      statusUrl: await currentStatusLink(tx, applicant),
      dueDate: notice.dueAt ? formatDueDate(notice.dueAt, timeZone, locale) : null,
      reason: notice.reason?.trim() || null,
      forwardedTo: found.forwardedTo,
    };
    await enqueueEmail(tx, { template: "case-status", to: applicant.email, locale, data }, { replyTo });
  }
}
