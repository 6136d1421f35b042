import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseReplyAddress, currentStatusLink, EMAIL_APPLICANT_SELECT } from "@/lib/cases/applicant-emails";
import { formatDueDate } from "@/lib/cases/filing";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { CaseMoveRefused, MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import { checkMove, replyChoices } from "@/lib/cases/lifecycle/statuses";
import { tellApplicants } from "@/lib/cases/lifecycle/tell-applicants";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { catalogue } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, resolveLocale } from "@/lib/i18n/locales";
import { greetingName } from "@/lib/i18n/person-name";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { scopedCaseOrFail, staffActor } from "./access";
import { fillPlaceholders, subjectWithNumber, withoutNameGreeting } from "./placeholders";
import { newerReplyThan, ReplyOvertaken, type TNewerReply } from "./reply-basis";
import type { TReplyToCase } from "./schemas";
import { isStillWorked } from "./status-choices";

/**
 * The shared history keeps one copy of a reply, which every applicant of the case reads, so it is written in
 * the portal's language with stand-ins (from the catalogue) in place of each applicant's name and link.
 */
const HISTORY_LOCALE = DEFAULT_LOCALE;

/** A case is written to while it is worked or answered; a closed or otherwise ended case is reopened first. */
function assertRepliable(current: { status: CaseStatus; mergedIntoId: string | null; applicants: unknown[] }) {
  if (current.mergedIntoId) throw new ActionError("CONFLICT", "caseDetail.errors.merged");
  if (!isStillWorked(current.status)) throw new ActionError("CONFLICT", "caseDetail.errors.closed");
  if (current.applicants.length === 0) throw new ActionError("CONFLICT", "caseDetail.errors.noApplicants");
}

/**
 * Answers the applicants by email: the text is filled in for each applicant (their name, their status link),
 * sent through the outbox from the case's reply address with the case number in the subject, and kept once,
 * without personal links, as a public reply in the history. "After sending" moves the case as the lifecycle
 * allows a reply to (replyChoices); the reply itself tells the applicants of the move, except an answer:
 * after it, the answered notice asks them to rate it.
 */
export async function replyToCase(input: TReplyToCase, user: TStaffUser): Promise<{ recipients: number }> {
  assertCan(user, "case.reply");
  return db.$transaction(async (tx) => {
    // Two replies sent at once are written one after the other, so the second sees the first.
    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${input.caseId}::uuid FOR UPDATE`;
    const now = new Date();
    if (input.basisReplyId !== undefined) {
      const newer = await newerReplyThan(tx, input.caseId, input.basisReplyId, user);
      if (newer) throw new ReplyOvertaken(newer);
    }
    const current = await scopedCaseOrFail(tx, input.caseId, user, {
      ...MOVE_CASE_SELECT,
      number: true,
      replyToken: true,
      firstRepliedAt: true,
      applicants: { select: EMAIL_APPLICANT_SELECT, orderBy: { createdAt: "asc" } },
    });
    assertRepliable(current);
    let dueAt = current.dueAt;
    if (input.setStatus) {
      const to = input.setStatus;
      if (!replyChoices(current.status, user.role).includes(to)) {
        throw new CaseMoveRefused(
          checkMove(current.status, to, staffActor(user), "reply") ?? "NOT_A_MOVE",
          current.status,
          to,
        );
      }
      // The deadline after the move: leaving a pause moves it.
      ({ dueAt } = await moveCase(tx, current, to, staffActor(user), { via: "reply", now, tellApplicants: false }));
    }
    const timeZone = caseTimeZone(current.office);
    const replyTo = await caseReplyAddress(tx, current);
    const common = { caseNumber: current.number, trackingNumber: current.trackingNumber ?? "" };

    for (const applicant of current.applicants) {
      const locale = resolveLocale(applicant.locale);
      const statusLink = await currentStatusLink(tx, applicant);
      const values = {
        ...common,
        name: greetingName(applicant),
        dueDate: formatDueDate(dueAt, timeZone, locale) ?? "—",
        statusLink,
      };
      const data = {
        subject: subjectWithNumber(fillPlaceholders(input.subject, values), current.number),
        body: fillPlaceholders(input.body, values),
        statusUrl: statusLink,
      };
      await enqueueEmail(tx, { template: "case-reply", to: applicant.email, locale, data }, { replyTo });
    }

    const standIns = catalogue(HISTORY_LOCALE).caseDetail.reply;
    const publicValues = {
      name: standIns.historyName,
      statusLink: standIns.historyStatusLink,
      ...common,
      dueDate: formatDueDate(dueAt, timeZone, HISTORY_LOCALE) ?? "—",
    };
    await tx.case.update({ where: { id: current.id }, data: { firstRepliedAt: current.firstRepliedAt ?? now } });
    const reply = {
      kind: "PUBLIC_REPLY" as const,
      body: fillPlaceholders(withoutNameGreeting(input.body), publicValues),
      subject: subjectWithNumber(fillPlaceholders(input.subject, publicValues), current.number),
      templateId: input.templateId ?? null,
      recipients: current.applicants.length,
    };
    await tx.caseEvent.create({ data: caseEventRow(current.id, reply, staffActor(user), now) });
    await tx.replyDraft.deleteMany({ where: { caseId: current.id, staffId: user.id } });
    // After the answer itself: the notice that it was given asks the applicants to rate it.
    if (input.setStatus === "ANSWERED")
      await tellApplicants(tx, current.id, { kind: "status", status: "ANSWERED", from: current.status, dueAt });
    return { recipients: current.applicants.length };
  });
}

export type TReplyOutcome = { isSent: true; recipients: number } | { isSent: false; newerReply: TNewerReply };

/**
 * The reply form's send: a reply overtaken by a colleague's answers with that reply rather than an error, so
 * the form can show it and offer to send anyway (over it as the new basis). The draft stays until sent.
 */
export async function sendCaseReply(input: TReplyToCase, user: TStaffUser): Promise<TReplyOutcome> {
  try {
    return { isSent: true, ...(await replyToCase(input, user)) };
  } catch (error) {
    if (error instanceof ReplyOvertaken) return { isSent: false, newerReply: error.newerReply };
    throw error;
  }
}
