import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { DeadlineError, extendDeadline, type TDeadlineRule } from "@/lib/cases/deadlines";
import { formatDueDate } from "@/lib/cases/filing";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { newReplyToken, replyAddressFor } from "@/lib/email/reply-address";
import { resolveLocale } from "@/lib/i18n/locales";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { assertRole, CASE_MANAGERS, scopedCaseOrFail, snapshot } from "./access";
import type { TExtendCaseDeadline } from "./schemas";
import { isOpenStatus } from "./status-flow";
import { applicantName, currentStatusLink, ensureReplyToken } from "./status-links";

const DEADLINE_MESSAGES = {
  EXTENSION_NOT_ALLOWED: "caseDetail.errors.sameSettlement",
  ALREADY_EXTENDED: "caseDetail.errors.alreadyExtended",
  EXTENSION_OUT_OF_RANGE: "caseDetail.errors.days",
} as const;

function extendedOrFail(input: Parameters<typeof extendDeadline>[0]) {
  try {
    return extendDeadline(input);
  } catch (error) {
    if (error instanceof DeadlineError && error.code in DEADLINE_MESSAGES) {
      throw new ActionError("CONFLICT", DEADLINE_MESSAGES[error.code as keyof typeof DEADLINE_MESSAGES]);
    }
    throw error;
  }
}

/**
 * The one extension the law allows (1–30 days; never for claims within one settlement), with the reason,
 * a public event and the mandatory notice to every applicant with the reason and the new date.
 */
export async function extendCaseDeadline(input: TExtendCaseDeadline, user: TStaffUser): Promise<{ dueAt: Date }> {
  assertRole(user, CASE_MANAGERS);
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, {
      id: true,
      number: true,
      status: true,
      dueAt: true,
      deadlineRule: true,
      extendedAt: true,
      replyToken: true,
      office: { select: { timeZone: true } },
      applicants: { select: { id: true, firstName: true, patronymic: true, email: true, locale: true, statusLinkVersion: true, statusTokenHash: true }, orderBy: { createdAt: "asc" } },
    });
    if (!isOpenStatus(current.status)) throw new ActionError("CONFLICT", "caseDetail.errors.notOpen");
    const timeZone = caseTimeZone(current.office);
    const { dueAt } = extendedOrFail({
      rule: current.deadlineRule as TDeadlineRule,
      dueAt: current.dueAt,
      days: input.days,
      timeZone,
      isAlreadyExtended: current.extendedAt !== null,
    });
    const now = new Date();
    // extendedAt: null in the condition: two supervisors extending at once cannot both succeed.
    const updated = await tx.case.updateMany({
      where: { id: current.id, extendedAt: null },
      data: { dueAt, extendedAt: now, extensionReason: input.reason },
    });
    if (updated.count !== 1) throw new ActionError("CONFLICT", "caseDetail.errors.alreadyExtended");
    await tx.caseEvent.create({
      data: {
        caseId: current.id,
        kind: "DEADLINE_EXTENDED",
        isPublic: true,
        staffId: user.id,
        body: input.reason,
        data: {
          days: input.days,
          before: snapshot({ dueAt: current.dueAt, extendedAt: null }),
          after: snapshot({ dueAt, extendedAt: now, extensionReason: input.reason }),
        },
      },
    });
    const replyTo = replyAddressFor(getConfig().MAIL_REPLY_ADDRESS, await ensureReplyToken(tx, current, newReplyToken));
    for (const applicant of current.applicants) {
      const locale = resolveLocale(applicant.locale);
      await enqueueEmail(
        tx,
        {
          template: "case-extended",
          to: applicant.email,
          locale,
          data: {
            name: applicantName(applicant),
            caseNumber: current.number,
            reason: input.reason,
            dueDate: formatDueDate(dueAt, timeZone, locale),
            statusUrl: await currentStatusLink(tx, applicant),
          },
        },
        { replyTo },
      );
    }
    return { dueAt };
  });
}
