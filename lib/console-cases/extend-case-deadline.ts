import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { DeadlineError, extendDeadline, type TDeadlineRule } from "@/lib/cases/deadlines";
import { isOpen } from "@/lib/cases/lifecycle/clock";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { tellApplicants } from "@/lib/cases/lifecycle/tell-applicants";
import { loadWorkCalendar } from "@/lib/cases/work-calendar";
import { db } from "@/lib/db";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { scopedCaseOrFail, staffActor } from "./access";
import type { TExtendCaseDeadline } from "./schemas";

function refusalOf(error: DeadlineError, rule: string): string {
  if (error.code === "ALREADY_EXTENDED") return "caseDetail.errors.alreadyExtended";
  if (error.code === "EXTENSION_OUT_OF_RANGE") return "caseDetail.errors.days";
  return rule === "CLAIM_SAME_SETTLEMENT" ? "caseDetail.errors.sameSettlement" : "caseDetail.errors.noTerm";
}

/**
 * The one extension the law allows (1–30 days; never for claims within one settlement nor for a case
 * without a legal term), with the reason, a public event and the mandatory notice to every applicant with
 * the reason and the new date, which ends on a working day by the production calendar.
 */
export async function extendCaseDeadline(input: TExtendCaseDeadline, user: TStaffUser): Promise<{ dueAt: Date }> {
  assertCan(user, "case.extend");
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, {
      id: true,
      status: true,
      dueAt: true,
      pausedAt: true,
      mergedIntoId: true,
      deadlineRule: true,
      extendedAt: true,
      extensionReason: true,
      office: { select: { timeZone: true } },
    });
    if (!isOpen(current)) throw new ActionError("CONFLICT", "caseDetail.errors.notOpen");
    let dueAt: Date;
    try {
      ({ dueAt } = extendDeadline({
        rule: current.deadlineRule as TDeadlineRule,
        dueAt: current.dueAt,
        days: input.days,
        timeZone: caseTimeZone(current.office),
        calendar: await loadWorkCalendar(tx),
        isAlreadyExtended: current.extendedAt !== null,
      }));
    } catch (error) {
      if (error instanceof DeadlineError) throw new ActionError("CONFLICT", refusalOf(error, current.deadlineRule));
      throw error;
    }
    const now = new Date();
    // extendedAt: null in the condition: two supervisors extending at once cannot both succeed.
    const after = { dueAt, extendedAt: now, extensionReason: input.reason };
    const updated = await tx.case.updateMany({ where: { id: current.id, extendedAt: null }, data: after });
    if (updated.count !== 1) throw new ActionError("CONFLICT", "caseDetail.errors.alreadyExtended");
    const before = { dueAt: current.dueAt, extendedAt: current.extendedAt, extensionReason: current.extensionReason };
    const event = { kind: "DEADLINE_EXTENDED" as const, days: input.days, reason: input.reason, before, after };
    await tx.caseEvent.create({ data: caseEventRow(current.id, event, staffActor(user), now) });
    await tellApplicants(tx, current.id, { kind: "extended", dueAt, reason: input.reason });
    return { dueAt };
  });
}
