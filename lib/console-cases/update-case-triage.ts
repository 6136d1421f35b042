import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { assertRole, CASE_WORKERS, scopedCaseOrFail, snapshot } from "./access";
import type { TUpdateCaseTriage } from "./schemas";

const TRIAGE_SELECT = { id: true, topicId: true, priority: true, assigneeId: true, officePostcode: true, region: true } as const;

/** Who may change what: operators take cases and set topic and priority; office heads and supervisors route. */
function assertMayChange(user: TStaffUser, input: TUpdateCaseTriage, current: { assigneeId: string | null; officePostcode: string | null }) {
  if (user.role !== "OPERATOR") return;
  const changesAssignee = input.assigneeId !== undefined && input.assigneeId !== current.assigneeId;
  if (changesAssignee && input.assigneeId !== user.id) throw new ActionError("FORBIDDEN", "caseDetail.errors.assignSelfOnly");
  if (input.officePostcode !== undefined && input.officePostcode !== current.officePostcode) {
    throw new ActionError("FORBIDDEN", "caseDetail.errors.officeNotAllowed");
  }
}

/** Topic, priority, assignee and office (the region follows the office), with the change in the history. */
export async function updateCaseTriage(input: TUpdateCaseTriage, user: TStaffUser): Promise<{ changed: string[] }> {
  assertRole(user, CASE_WORKERS);
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, TRIAGE_SELECT);
    assertMayChange(user, input, current);
    const data: Partial<Omit<typeof current, "id">> = {};
    if (input.topicId !== undefined && input.topicId !== current.topicId) {
      if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) {
        throw new ActionError("INVALID", "caseDetail.errors.topic", {}, "topicId");
      }
      data.topicId = input.topicId;
    }
    if (input.priority !== undefined && input.priority !== current.priority) data.priority = input.priority;
    if (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId) {
      if (input.assigneeId) {
        const assignee = await tx.staffUser.findUnique({ where: { id: input.assigneeId }, select: { isDisabled: true, role: true } });
        if (!assignee || assignee.isDisabled || assignee.role === "ANALYST") {
          throw new ActionError("INVALID", "caseDetail.errors.assignee", {}, "assigneeId");
        }
      }
      data.assigneeId = input.assigneeId;
    }
    if (input.officePostcode !== undefined && input.officePostcode !== current.officePostcode) {
      // An office head routes only among their own offices, or they would lose the case they route.
      if (user.role === "OFFICE_HEAD" && (!input.officePostcode || !user.officePostcodes.includes(input.officePostcode))) {
        throw new ActionError("FORBIDDEN", "caseDetail.errors.officeNotAllowed", {}, "officePostcode");
      }
      const office = input.officePostcode
        ? await tx.office.findUnique({ where: { postcode: input.officePostcode }, select: { region: true } })
        : null;
      if (input.officePostcode && !office) throw new ActionError("INVALID", "caseDetail.errors.office", {}, "officePostcode");
      data.officePostcode = input.officePostcode;
      data.region = office?.region ?? null;
    }
    const changed = Object.keys(data) as (keyof typeof data)[];
    if (changed.length === 0) return { changed };
    await tx.case.update({ where: { id: current.id }, data });
    const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
    await tx.caseEvent.create({
      data: {
        caseId: current.id,
        // A staff-only record: there is no event kind for routing, and applicants never see it.
        kind: "INTERNAL_NOTE",
        isPublic: false,
        staffId: user.id,
        data: { action: "TRIAGE", before: snapshot(before), after: snapshot(data) },
      },
    });
    return { changed };
  });
}
