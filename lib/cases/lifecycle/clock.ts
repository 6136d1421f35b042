import type { CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import { isOpenStatus, LEGAL_TERM_TYPES } from "./statuses";

/**
 * The one definition of a case's clock, in TypeScript (for one case on screen) and, in clock-where.ts, as
 * conditions for Prisma and raw SQL (lists, counts, reports, the digest, the escalation). They say the same:
 *
 * - open: waiting for staff or the customer (OPEN_STATUSES) and not merged into another case;
 * - paused: open and waiting for the customer (pausedAt set) — never overdue, never due;
 * - running: open, not paused, with a deadline (office ratings have none);
 * - overdue: running and the deadline has passed;
 * - due today: running, not yet overdue, and the deadline falls before the end of today (Moscow's day,
 *   the department's: lib/deadlines/deadline-windows.ts over lib/time/operator-day.ts);
 * - answered on time: a case with a legal term answered by its deadline.
 */

export type TClockCase = {
  status: CaseStatus;
  dueAt: Date | null;
  pausedAt: Date | null;
  mergedIntoId?: string | null;
};

export type TClockState = "done" | "paused" | "no-term" | "overdue" | "due-today" | "running";

export function isOpen(item: TClockCase): boolean {
  return isOpenStatus(item.status) && !item.mergedIntoId;
}

/** The state of one case's clock at `now`; `endOfToday` is the first instant after the department's day. */
export function clockState(item: TClockCase, now: Date, endOfToday: Date): TClockState {
  if (!isOpen(item)) return "done";
  if (item.pausedAt) return "paused";
  if (!item.dueAt) return "no-term";
  if (item.dueAt.getTime() < now.getTime()) return "overdue";
  if (item.dueAt.getTime() < endOfToday.getTime()) return "due-today";
  return "running";
}

export function isOverdue(item: TClockCase, now: Date): boolean {
  return isOpen(item) && !item.pausedAt && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
}

/** Whether a case type carries a legal term (and so counts in "answered on time"). */
export function hasLegalTerm(type: CaseType): boolean {
  return (LEGAL_TERM_TYPES as readonly CaseType[]).includes(type);
}
