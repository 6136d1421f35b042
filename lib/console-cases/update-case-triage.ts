import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { can, officeScope } from "@/lib/auth/permissions";
import { caseEventRow, type TCaseEvent } from "@/lib/cases/lifecycle/events";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { assertMayAssign, scopedCaseOrFail, staffActor } from "./access";
import type { TUpdateCaseTriage } from "./schemas";

const TRIAGE_SELECT = {
  id: true,
  topicId: true,
  priority: true,
  assigneeId: true,
  officePostcode: true,
  region: true,
} as const;
type TTriage = Prisma.CaseGetPayload<{ select: typeof TRIAGE_SELECT }>;
type TTriageChange = Partial<Omit<TTriage, "id">>;

/** Where the case goes: an office head routes only among their own offices, or they would lose the case. */
async function routeTo(
  tx: Prisma.TransactionClient,
  user: TStaffUser,
  officePostcode: string | null,
): Promise<TTriageChange> {
  if (!can(user, "case.route"))
    throw new ActionError("FORBIDDEN", "caseDetail.errors.officeNotAllowed", {}, "officePostcode");
  const offices = officeScope(user);
  if (offices && (!officePostcode || !offices.includes(officePostcode))) {
    throw new ActionError("FORBIDDEN", "caseDetail.errors.officeNotAllowed", {}, "officePostcode");
  }
  const office = officePostcode
    ? await tx.office.findUnique({ where: { postcode: officePostcode }, select: { region: true } })
    : null;
  if (officePostcode && !office) throw new ActionError("INVALID", "caseDetail.errors.office", {}, "officePostcode");
  return { officePostcode, region: office?.region ?? null };
}

/** What the triage changes, checked field by field. */
async function changesOf(
  tx: Prisma.TransactionClient,
  user: TStaffUser,
  input: TUpdateCaseTriage,
  current: TTriage,
): Promise<TTriageChange> {
  const data: TTriageChange = {};
  if (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId) {
    await assertMayAssign(tx, user, input.assigneeId);
    data.assigneeId = input.assigneeId;
  }
  if (input.officePostcode !== undefined && input.officePostcode !== current.officePostcode) {
    Object.assign(data, await routeTo(tx, user, input.officePostcode));
  }
  if (input.topicId !== undefined && input.topicId !== current.topicId) {
    if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) {
      throw new ActionError("INVALID", "caseDetail.errors.topic", {}, "topicId");
    }
    data.topicId = input.topicId;
  }
  if (input.priority !== undefined && input.priority !== current.priority) data.priority = input.priority;
  return data;
}

/** One event per thing that changed: the assignee, the priority, and the routing (topic, office, region). */
function eventsOf(current: TTriage, data: TTriageChange): TCaseEvent[] {
  const events: TCaseEvent[] = [];
  if (data.assigneeId !== undefined) {
    events.push({
      kind: "ASSIGNED",
      assigneeId: data.assigneeId,
      before: { assigneeId: current.assigneeId },
      after: { assigneeId: data.assigneeId },
    });
  }
  if (data.priority !== undefined) {
    const change = { before: { priority: current.priority }, after: { priority: data.priority } };
    events.push({ kind: "PRIORITY_CHANGED", from: current.priority, to: data.priority, reason: "TRIAGE", ...change });
  }
  const routed = (["topicId", "officePostcode", "region"] as const).filter((field) => data[field] !== undefined);
  if (routed.length > 0) {
    const pick = (source: TTriageChange) => Object.fromEntries(routed.map((field) => [field, source[field] ?? null]));
    events.push({ kind: "TRIAGED", before: pick(current), after: pick(data) });
  }
  return events;
}

/** Topic, priority, assignee and office (the region follows the office), each change in the history. */
export async function updateCaseTriage(input: TUpdateCaseTriage, user: TStaffUser): Promise<{ changed: string[] }> {
  assertCan(user, "case.work");
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, TRIAGE_SELECT);
    const data = await changesOf(tx, user, input, current);
    const changed = Object.keys(data);
    if (changed.length === 0) return { changed };
    await tx.case.update({ where: { id: current.id }, data });
    const now = new Date();
    await tx.caseEvent.createMany({
      data: eventsOf(current, data).map((event) => caseEventRow(current.id, event, staffActor(user), now)),
    });
    return { changed };
  });
}
