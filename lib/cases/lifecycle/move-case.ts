import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { resumeDeadline, type TDeadlineRule } from "@/lib/cases/deadlines";
import { loadWorkCalendar, termFor } from "@/lib/cases/work-calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { caseEventRow } from "./events";
import { checkMove, isOutcomeStatus, type TActor, type TMoveRefusal, type TMoveVia } from "./statuses";
import { tellApplicants } from "./tell-applicants";

/** What `moveCase` needs to know of the case; select it with MOVE_CASE_SELECT. */
export const MOVE_CASE_SELECT = {
  id: true,
  type: true,
  status: true,
  dueAt: true,
  pausedAt: true,
  deadlineRule: true,
  trackingNumber: true,
  registeredAt: true,
  answeredAt: true,
  answeredById: true,
  closedAt: true,
  mergedIntoId: true,
  office: { select: { timeZone: true } },
} as const satisfies Prisma.CaseSelect;

export type TMoveCase = Prisma.CaseGetPayload<{ select: typeof MOVE_CASE_SELECT }>;

/** A move the lifecycle refuses, with the reason; bulk changes report it per case. */
export class CaseMoveRefused extends ActionError {
  constructor(
    readonly reason: TMoveRefusal | "CHANGED",
    from: CaseStatus,
    to: CaseStatus,
  ) {
    super("CONFLICT", reason === "CHANGED" ? "caseDetail.errors.changed" : `caseDetail.errors.move.${reason}`, {
      from,
      to,
    });
    this.name = "CaseMoveRefused";
  }
}

export type TMoveOptions = {
  via: TMoveVia;
  now?: Date;
  /** Why, in the actor's words (an outcome's grounds, a forwarding's body): kept in the event. */
  reason?: string;
  /** Whether the applicants are emailed about the change (not when the caller's own email tells them). */
  tellApplicants?: boolean;
  /** Fields the caller changes together with the status (e.g. forwardedTo), recorded in the event too. */
  extra?: Prisma.CaseUncheckedUpdateManyInput;
};

/**
 * The one way a case changes status. Checks the move against the lifecycle (from where to where, who, how),
 * then applies what it implies — the clock pauses while waiting for the customer and the deadline moves on
 * by the days it stood still; answering, closing and other outcomes are dated; a reopened case gets a fresh
 * term; a claim that ends frees its tracking number and takes it back when reopened — records one
 * STATUS_CHANGED event and, unless told otherwise, emails the applicants in their language. The update only
 * applies when the status is still the one read, so two writers cannot both move the same case.
 */
export async function moveCase(
  tx: Prisma.TransactionClient,
  current: TMoveCase,
  to: CaseStatus,
  actor: TActor,
  options: TMoveOptions,
): Promise<{ dueAt: Date | null }> {
  const now = options.now ?? new Date();
  const refusal = checkMove(current.status, to, actor, options.via);
  if (refusal) throw new CaseMoveRefused(refusal, current.status, to);

  const timeZone = caseTimeZone(current.office);
  const data: Prisma.CaseUncheckedUpdateManyInput = { status: to, ...options.extra };
  let dueAt = current.dueAt;
  if (current.pausedAt) {
    if (current.dueAt) {
      dueAt = resumeDeadline({
        dueAt: current.dueAt,
        pausedAt: current.pausedAt,
        now,
        timeZone,
        calendar: await loadWorkCalendar(tx),
      });
      data.dueAt = dueAt;
    }
    data.pausedAt = null;
  }
  if (to === "WAITING_FOR_CUSTOMER") data.pausedAt = now;
  if (to === "REGISTERED" || (to === "IN_PROGRESS" && !current.registeredAt))
    data.registeredAt = current.registeredAt ?? now;
  if (to === "ANSWERED") {
    data.answeredAt = now;
    data.answeredById = actor.kind === "staff" ? actor.id : null;
  }
  if (to === "CLOSED" || isOutcomeStatus(to)) data.closedAt = now;
  if (to === "REOPENED") {
    data.closedAt = null;
    // A reopened case is worked again, against a fresh term from the day it reopened.
    const term = await termFor({ rule: current.deadlineRule as TDeadlineRule, from: now, timeZone }, tx);
    dueAt = term.dueAt;
    data.dueAt = dueAt;
  }

  const updated = await tx.case.updateMany({ where: { id: current.id, status: current.status }, data });
  if (updated.count !== 1) throw new CaseMoveRefused("CHANGED", current.status, to);

  if (current.type === "CLAIM" && current.trackingNumber) {
    if (to === "CLOSED" || isOutcomeStatus(to)) await tx.openClaim.deleteMany({ where: { caseId: current.id } });
    if (to === "REOPENED") {
      await tx.openClaim.createMany({
        data: [{ trackingNumber: current.trackingNumber, caseId: current.id }],
        skipDuplicates: true,
      });
    }
  }

  const changed = Object.keys(data);
  const before = Object.fromEntries(changed.map((key) => [key, (current as Record<string, unknown>)[key] ?? null]));
  const after = data as Record<string, unknown>;
  await tx.caseEvent.create({
    data: caseEventRow(
      current.id,
      { kind: "STATUS_CHANGED", from: current.status, to, via: options.via, reason: options.reason, before, after },
      actor,
      now,
    ),
  });
  if (options.tellApplicants !== false)
    await tellApplicants(tx, current.id, {
      kind: "status",
      status: to,
      from: current.status,
      dueAt,
      reason: options.reason,
    });
  return { dueAt };
}
