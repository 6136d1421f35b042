import type { CaseStatus } from "@/lib/generated/prisma/enums";

/**
 * Where a case may go from each status. Work runs NEW → REGISTERED → IN_PROGRESS ⇄ WAITING_FOR_CUSTOMER →
 * ANSWERED → CLOSED; a closed case is reopened and worked again. The one table the console, the reply form
 * and the tests read.
 */
export const STATUS_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  NEW: ["REGISTERED"],
  REGISTERED: ["IN_PROGRESS"],
  IN_PROGRESS: ["WAITING_FOR_CUSTOMER", "ANSWERED"],
  WAITING_FOR_CUSTOMER: ["IN_PROGRESS", "ANSWERED"],
  ANSWERED: ["CLOSED"],
  CLOSED: ["REOPENED"],
  REOPENED: ["IN_PROGRESS"],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Statuses in which the legal clock runs and a deadline can be missed. */
export function isOpenStatus(status: CaseStatus): boolean {
  return status !== "ANSWERED" && status !== "CLOSED";
}

/**
 * The legal clock stops while the case waits for the customer. When it runs again the deadline moves on by
 * the time it stood still, to the millisecond. A case that was not paused keeps its deadline.
 */
export function resumeClock(input: { dueAt: Date; pausedAt: Date | null; now: Date }): { dueAt: Date; pausedAt: null } {
  if (!input.pausedAt) return { dueAt: input.dueAt, pausedAt: null };
  const paused = Math.max(0, input.now.getTime() - input.pausedAt.getTime());
  return { dueAt: new Date(input.dueAt.getTime() + paused), pausedAt: null };
}

/** Whether the deadline is missed: only while the clock runs (not paused, not answered or closed). */
export function isOverdue(input: { status: CaseStatus; dueAt: Date; pausedAt: Date | null; now: Date }): boolean {
  return isOpenStatus(input.status) && !input.pausedAt && input.dueAt.getTime() < input.now.getTime();
}
