import { rolesWith } from "@/lib/auth/permissions";
import { CASE_STATUSES, isOpenStatus, replyChoices, statusChoices } from "@/lib/cases/lifecycle/statuses";
import type { CaseStatus, StaffRole } from "@/lib/generated/prisma/enums";

// The lists the console's controls offer when they do not know the case yet (a template, many cases at
// once), read off the lifecycle's table: each case is still checked by moveCase when the move is made.

function reachable(choices: (from: CaseStatus, role: StaffRole) => CaseStatus[]): CaseStatus[] {
  return CASE_STATUSES.filter((to) =>
    CASE_STATUSES.some((from) => rolesWith("case.work").some((role) => choices(from, role).includes(to))),
  );
}

/** Where a reply may move a case, from some status: what a template may name as its "after sending". */
export const REPLY_TARGETS = reachable(replyChoices) as [CaseStatus, ...CaseStatus[]];

/** Where the status control may move a case, from some status: what the inbox's bulk control offers. */
export const STATUS_TARGETS = reachable(statusChoices) as [CaseStatus, ...CaseStatus[]];

/** A case staff still write to, merge or merge into: open, or answered (a follow-up may come). */
export function isStillWorked(status: CaseStatus): boolean {
  return isOpenStatus(status) || status === "ANSWERED";
}
