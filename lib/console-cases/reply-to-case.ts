import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { formatDueDate } from "@/lib/cases/filing";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { newReplyToken, replyAddressFor } from "@/lib/email/reply-address";
import { resolveLocale } from "@/lib/i18n/locales";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { assertRole, CASE_WORKERS, scopedCaseOrFail, snapshot } from "./access";
import { applyStatusChange, STATUS_CASE_SELECT } from "./apply-status";
import { fillPlaceholders, subjectWithNumber } from "./placeholders";
import type { TReplyToCase } from "./schemas";
import { applicantName, currentStatusLink, ensureReplyToken } from "./status-links";

/** What the shared history shows in place of personal values: every applicant of the case reads it. */
const PUBLIC_VALUES = { name: "заявитель", statusLink: "(личная ссылка из письма)" };

/**
 * Answers the applicants by email: the text is filled in for each applicant (their name, their new status
 * link), sent through the outbox from the case's reply address with the case number in the subject, and
 * kept once, without personal links, as a public reply in the history. Optionally moves the case on.
 */
export async function replyToCase(input: TReplyToCase, user: TStaffUser): Promise<{ recipients: number }> {
  assertRole(user, CASE_WORKERS);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, {
      ...STATUS_CASE_SELECT,
      number: true,
      replyToken: true,
      firstRepliedAt: true,
      office: { select: { timeZone: true } },
      applicants: { select: { id: true, firstName: true, patronymic: true, email: true, locale: true, statusLinkVersion: true, statusTokenHash: true }, orderBy: { createdAt: "asc" } },
    });
    if (current.status === "CLOSED") throw new ActionError("CONFLICT", "caseDetail.errors.closed");
    if (current.applicants.length === 0) throw new ActionError("CONFLICT", "caseDetail.errors.noApplicants");
    if (input.setStatus) await applyStatusChange(tx, current, input.setStatus, user.id, now);
    // The deadline after the status change: leaving a pause moves it.
    const { dueAt } = await tx.case.findUniqueOrThrow({ where: { id: current.id }, select: { dueAt: true } });
    const timeZone = caseTimeZone(current.office);
    const replyTo = replyAddressFor(getConfig().MAIL_REPLY_ADDRESS, await ensureReplyToken(tx, current, newReplyToken));

    for (const applicant of current.applicants) {
      const locale = resolveLocale(applicant.locale);
      const statusLink = await currentStatusLink(tx, applicant);
      const values = {
        name: applicantName(applicant),
        caseNumber: current.number,
        dueDate: formatDueDate(dueAt, timeZone, locale),
        statusLink,
        trackingNumber: current.trackingNumber ?? "",
      };
      await enqueueEmail(
        tx,
        {
          template: "case-reply",
          to: applicant.email,
          locale,
          data: {
            subject: subjectWithNumber(fillPlaceholders(input.subject, values), current.number),
            body: fillPlaceholders(input.body, values),
            statusUrl: statusLink,
          },
        },
        { replyTo },
      );
    }

    const publicValues = {
      ...PUBLIC_VALUES,
      caseNumber: current.number,
      dueDate: formatDueDate(dueAt, timeZone, "ru"),
      trackingNumber: current.trackingNumber ?? "",
    };
    await tx.case.update({ where: { id: current.id }, data: { firstRepliedAt: current.firstRepliedAt ?? now } });
    await tx.caseEvent.create({
      data: {
        caseId: current.id,
        kind: "PUBLIC_REPLY",
        isPublic: true,
        staffId: user.id,
        body: fillPlaceholders(input.body, publicValues),
        data: {
          subject: subjectWithNumber(fillPlaceholders(input.subject, publicValues), current.number),
          templateId: input.templateId ?? null,
          recipients: current.applicants.length,
          before: snapshot({ firstRepliedAt: current.firstRepliedAt }),
          after: snapshot({ firstRepliedAt: current.firstRepliedAt ?? now }),
        },
      },
    });
    return { recipients: current.applicants.length };
  });
}
