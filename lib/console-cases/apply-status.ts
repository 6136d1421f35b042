import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { snapshot } from "./access";
import { canTransition, resumeClock } from "./status-flow";

export type TStatusCase = {
  id: string;
  type: string;
  status: CaseStatus;
  dueAt: Date;
  pausedAt: Date | null;
  trackingNumber: string | null;
  registeredAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
};

export const STATUS_CASE_SELECT = {
  id: true,
  type: true,
  status: true,
  dueAt: true,
  pausedAt: true,
  trackingNumber: true,
  registeredAt: true,
  answeredAt: true,
  closedAt: true,
} as const;

/**
 * Moves a case to `to` along the transition table with everything the move implies: the clock pauses while
 * waiting for the customer and the deadline moves on when it runs again; answering and closing are dated;
 * a closed claim frees its tracking number for a new claim, a reopened one takes it back if still free.
 * The update only applies when the status is still the one read, so two staff members cannot both move it.
 */
export async function applyStatusChange(
  tx: Prisma.TransactionClient,
  current: TStatusCase,
  to: CaseStatus,
  staffId: string,
  now = new Date(),
): Promise<void> {
  if (!canTransition(current.status, to)) {
    throw new ActionError("CONFLICT", "caseDetail.errors.transition", { from: current.status, to });
  }
  const data: Prisma.CaseUpdateManyMutationInput = { status: to };
  if (current.status === "WAITING_FOR_CUSTOMER") Object.assign(data, resumeClock({ dueAt: current.dueAt, pausedAt: current.pausedAt, now }));
  if (to === "WAITING_FOR_CUSTOMER") data.pausedAt = now;
  if (to === "REGISTERED") data.registeredAt = current.registeredAt ?? now;
  if (to === "ANSWERED") data.answeredAt = now;
  if (to === "CLOSED") data.closedAt = now;
  if (to === "REOPENED") data.closedAt = null;

  const updated = await tx.case.updateMany({ where: { id: current.id, status: current.status }, data });
  if (updated.count !== 1) throw new ActionError("CONFLICT", "caseDetail.errors.changed");

  if (current.type === "CLAIM" && current.trackingNumber) {
    if (to === "CLOSED") await tx.openClaim.deleteMany({ where: { caseId: current.id } });
    if (to === "REOPENED") {
      await tx.openClaim.createMany({ data: [{ trackingNumber: current.trackingNumber, caseId: current.id }], skipDuplicates: true });
    }
  }

  const keys = Object.keys(data) as (keyof TStatusCase)[];
  const before = Object.fromEntries(keys.map((key) => [key, current[key]]));
  const after = Object.fromEntries(keys.map((key) => [key, (data as Record<string, unknown>)[key]]));
  await tx.caseEvent.create({
    data: {
      caseId: current.id,
      kind: "STATUS_CHANGED",
      isPublic: true,
      staffId,
      // from/to as the status page and filing have always written them; before/after for the audit trail.
      data: { from: current.status, to, before: snapshot(before), after: snapshot(after) },
    },
  });
}
