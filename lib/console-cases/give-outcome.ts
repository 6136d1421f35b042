import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseEventRow, type TCaseEvent } from "@/lib/cases/lifecycle/events";
import { MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import type { TOutcomeStatus } from "@/lib/cases/lifecycle/statuses";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocale } from "@/lib/i18n/locales";

import { scopedCaseOrFail, staffActor } from "./access";
import { unansweredGroundsText } from "./outcome-texts";
import type { TEndCorrespondence, TForwardCase, TLeaveCaseUnanswered } from "./schemas";

/** The outcome's status, its grounds as the notice states them, and what else it records. */
type TOutcome = { to: TOutcomeStatus; reason: string; extra?: Prisma.CaseUncheckedUpdateManyInput; event?: TCaseEvent };

/**
 * Ends the case with an outcome other than an answer, through the lifecycle (which says who may, from which
 * status): the case is dated closed and every applicant gets the notice the law requires, in their language,
 * stating the grounds.
 */
async function giveOutcome(
  caseId: string,
  user: TStaffUser,
  outcome: (found: { applicants: { locale: string }[] }) => TOutcome,
): Promise<{ status: TOutcomeStatus }> {
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, caseId, user, {
      ...MOVE_CASE_SELECT,
      applicants: { select: { locale: true }, orderBy: { createdAt: "asc" } },
    });
    if (current.mergedIntoId) throw new ActionError("CONFLICT", "caseDetail.errors.merged");
    const { to, reason, extra, event } = outcome(current);
    const now = new Date();
    await moveCase(tx, current, to, staffActor(user), { via: "outcome", now, reason, extra });
    if (event) await tx.caseEvent.create({ data: caseEventRow(current.id, event, staffActor(user), now) });
    return { status: to };
  });
}

/** ст. 8 ч. 3: the appeal goes to the competent body, with a notice saying where and why. Any case worker. */
export async function forwardCase(input: TForwardCase, user: TStaffUser) {
  assertCan(user, "case.work");
  return giveOutcome(input.caseId, user, () => ({
    to: "FORWARDED",
    reason: input.body,
    extra: { forwardedTo: input.forwardedTo },
    event: { kind: "FORWARDED", to: input.forwardedTo, body: input.body },
  }));
}

/** ст. 11: no return address, abusive language, unreadable text. Supervisors and admins decide it. */
export async function leaveCaseUnanswered(input: TLeaveCaseUnanswered, user: TStaffUser) {
  assertCan(user, "case.leaveUnanswered");
  // The grounds are stated in the first applicant's language, the one the case was filed in.
  return giveOutcome(input.caseId, user, (found) => ({
    to: "LEFT_UNANSWERED",
    reason: unansweredGroundsText(input.grounds, resolveLocale(found.applicants[0]?.locale)),
  }));
}

/** ст. 11 ч. 5: a repeated appeal raising nothing new; the notice names the earlier answers. Supervisors and admins. */
export async function endCorrespondence(input: TEndCorrespondence, user: TStaffUser) {
  assertCan(user, "case.endCorrespondence");
  return giveOutcome(input.caseId, user, () => ({ to: "CORRESPONDENCE_ENDED", reason: input.reason }));
}
