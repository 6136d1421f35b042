import { can, type TAbility } from "@/lib/auth/permissions";
import type { CaseStatus, CaseType, StaffRole } from "@/lib/generated/prisma/enums";

/**
 * The case lifecycle: every status, where a case may go from it, who may move it there and how. Work runs
 * NEW → REGISTERED → IN_PROGRESS ⇄ WAITING_FOR_CUSTOMER → ANSWERED → CLOSED (→ REOPENED); besides an answer,
 * 59-ФЗ allows three other outcomes, each with a notice to the applicant: FORWARDED to the competent body
 * (ст. 8 ч. 3), LEFT_UNANSWERED (ст. 11) and CORRESPONDENCE_ENDED on repeated appeals (ст. 11 ч. 5).
 * Every writer — one case or many, staff, the customer, a job — asks this table through `moveCase`.
 */

export const CASE_STATUSES = [
  "NEW",
  "REGISTERED",
  "IN_PROGRESS",
  "WAITING_FOR_CUSTOMER",
  "ANSWERED",
  "CLOSED",
  "REOPENED",
  "FORWARDED",
  "LEFT_UNANSWERED",
  "CORRESPONDENCE_ENDED",
] as const satisfies readonly CaseStatus[];

/** Statuses in which the case waits for staff (or the customer) and its clock may run. */
export const OPEN_STATUSES = [
  "NEW",
  "REGISTERED",
  "IN_PROGRESS",
  "WAITING_FOR_CUSTOMER",
  "REOPENED",
] as const satisfies readonly CaseStatus[];

/** The outcomes other than an answer: each ends the case with a notice of its own. */
export const OUTCOME_STATUSES = [
  "FORWARDED",
  "LEFT_UNANSWERED",
  "CORRESPONDENCE_ENDED",
] as const satisfies readonly CaseStatus[];
export type TOutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Statuses in which the case is done with: answered, closed, or ended by another outcome. */
export const DONE_STATUSES = ["ANSWERED", "CLOSED", ...OUTCOME_STATUSES] as const satisfies readonly CaseStatus[];

export function isOpenStatus(status: CaseStatus): boolean {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status);
}

export function isOutcomeStatus(status: CaseStatus): status is TOutcomeStatus {
  return (OUTCOME_STATUSES as readonly CaseStatus[]).includes(status);
}

/** Case types that carry a legal term and count in "answered on time"; queue reports carry a service target. */
export const LEGAL_TERM_TYPES = ["COMPLAINT", "CLAIM"] as const satisfies readonly CaseType[];

/** Who moves a case: a staff member (by role), the customer (status page, email), or a scheduled job. */
export type TActor =
  | { kind: "staff"; id: string; role: StaffRole }
  | { kind: "customer"; applicantId: string | null }
  | { kind: "system"; job: string };

/**
 * How the move is made. `status`: the status control (one case or many); `reply`: sending a reply;
 * `outcome`: forwarding or ending with its notice; `customer`: the customer writing; `merge`: a duplicate
 * merged away; `job`: a scheduled job.
 */
export type TMoveVia = "status" | "reply" | "outcome" | "customer" | "merge" | "job";

type TMoveRule = {
  to: CaseStatus;
  /** The ability a staff member needs to make the move (lib/auth/permissions.ts says which roles have it). */
  by: TAbility;
  /** Whether the customer's own writing makes the move. */
  customer?: boolean;
  /** How the move must be made; any way when absent. */
  via?: readonly TMoveVia[];
};

const ANSWER: TMoveRule = { to: "ANSWERED", by: "case.reply", via: ["reply"] };
const OUTCOMES: TMoveRule[] = [
  { to: "FORWARDED", by: "case.work", via: ["outcome"] },
  { to: "LEFT_UNANSWERED", by: "case.leaveUnanswered", via: ["outcome"] },
  { to: "CORRESPONDENCE_ENDED", by: "case.endCorrespondence", via: ["outcome"] },
];
const MERGED_AWAY: TMoveRule = { to: "CLOSED", by: "case.work", via: ["merge"] };
const REOPEN_ENDED: TMoveRule = { to: "REOPENED", by: "case.reopenEnded", via: ["status"] };

/** The one transition table. */
export const MOVES: Record<CaseStatus, readonly TMoveRule[]> = {
  NEW: [{ to: "REGISTERED", by: "case.work" }, ...OUTCOMES, MERGED_AWAY],
  REGISTERED: [
    { to: "IN_PROGRESS", by: "case.work" },
    { to: "WAITING_FOR_CUSTOMER", by: "case.work" },
    ANSWER,
    ...OUTCOMES,
    MERGED_AWAY,
  ],
  IN_PROGRESS: [{ to: "WAITING_FOR_CUSTOMER", by: "case.work" }, ANSWER, ...OUTCOMES, MERGED_AWAY],
  WAITING_FOR_CUSTOMER: [{ to: "IN_PROGRESS", by: "case.work", customer: true }, ANSWER, ...OUTCOMES, MERGED_AWAY],
  ANSWERED: [
    { to: "CLOSED", by: "case.work" },
    { to: "REOPENED", by: "case.work", customer: true },
  ],
  CLOSED: [{ to: "REOPENED", by: "case.work", customer: true }],
  REOPENED: [
    { to: "IN_PROGRESS", by: "case.work" },
    { to: "WAITING_FOR_CUSTOMER", by: "case.work" },
    ANSWER,
    ...OUTCOMES,
    MERGED_AWAY,
  ],
  FORWARDED: [REOPEN_ENDED],
  LEFT_UNANSWERED: [REOPEN_ENDED],
  CORRESPONDENCE_ENDED: [REOPEN_ENDED],
};

/** Why a move is refused; each has a message in both languages (caseDetail.errors.move.*). */
export type TMoveRefusal =
  "SAME_STATUS" | "NOT_A_MOVE" | "NOT_ALLOWED_FOR_ROLE" | "NEEDS_REPLY" | "NEEDS_NOTICE" | "ONLY_BY_MERGE";

/** Whether `actor` may move a case from `from` to `to` the way given; the reason when not. */
export function checkMove(from: CaseStatus, to: CaseStatus, actor: TActor, via: TMoveVia): TMoveRefusal | null {
  if (from === to) return "SAME_STATUS";
  const rules = MOVES[from].filter((rule) => rule.to === to);
  if (rules.length === 0) return "NOT_A_MOVE";
  const fits = rules.filter((rule) => !rule.via || rule.via.includes(via));
  if (fits.length === 0) {
    const needed = rules[0].via?.[0];
    if (needed === "reply") return "NEEDS_REPLY";
    if (needed === "outcome") return "NEEDS_NOTICE";
    if (needed === "merge") return "ONLY_BY_MERGE";
    return "NOT_A_MOVE";
  }
  if (actor.kind === "system") return null;
  if (actor.kind === "customer") return fits.some((rule) => rule.customer) ? null : "NOT_ALLOWED_FOR_ROLE";
  return fits.some((rule) => can(actor, rule.by)) ? null : "NOT_ALLOWED_FOR_ROLE";
}

/** The statuses a staff member may pick in the status control for a case in `from`. */
export function statusChoices(from: CaseStatus, role: StaffRole): CaseStatus[] {
  return MOVES[from]
    .filter((rule) => (!rule.via || rule.via.includes("status")) && can({ role }, rule.by))
    .map((rule) => rule.to);
}

/** The outcomes a staff member may give a case in `from`. */
export function outcomeChoices(from: CaseStatus, role: StaffRole): TOutcomeStatus[] {
  return MOVES[from]
    .filter((rule) => isOutcomeStatus(rule.to) && can({ role }, rule.by))
    .map((rule) => rule.to as TOutcomeStatus);
}

/** Which statuses a reply may move the case to from `from` (the reply form's "after sending"). */
export function replyChoices(from: CaseStatus, role: StaffRole): CaseStatus[] {
  return MOVES[from]
    .filter(
      (rule) => (!rule.via || rule.via.includes("reply") || rule.via.includes("status")) && !isOutcomeStatus(rule.to),
    )
    .filter((rule) => can({ role }, rule.by) && rule.to !== "CLOSED" && rule.to !== "REOPENED")
    .map((rule) => rule.to);
}
