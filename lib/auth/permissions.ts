import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * Who of the staff may do what: the one table that pages, actions, route handlers, jobs and the console's
 * menu ask, by ability, never by role. It imports nothing at run time, so client components, the e2e
 * authorization walk and the lifecycle's move table can read it as well as the server.
 */

/** Every staff role, in the order the console lists them. */
export const STAFF_ROLES = [
  "OPERATOR",
  "SUPERVISOR",
  "OFFICE_HEAD",
  "ANALYST",
  "ADMIN",
] as const satisfies readonly StaffRole[];

// The groups the table is built from. Analysts read and never change; office heads work their offices' cases
// and have no part in the club; supervisors and admins decide what the law leaves to judgement.
const CASE_WORKERS = ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"] as const satisfies readonly StaffRole[];
const LEADS = ["SUPERVISOR", "ADMIN"] as const satisfies readonly StaffRole[];
const CLUB_TEAM = ["OPERATOR", "SUPERVISOR", "ADMIN"] as const satisfies readonly StaffRole[];
const ADMINS = ["ADMIN"] as const satisfies readonly StaffRole[];

export const ABILITIES = {
  /** The inbox and the case page. */
  "case.read": STAFF_ROLES,
  /** Triage, the status control, notes, forwarding, the inbox's bulk changes; also who a case may be assigned to. */
  "case.work": CASE_WORKERS,
  "case.reply": CASE_WORKERS,
  /** Put a case on someone else's desk; operators take cases only themselves. */
  "case.assignOthers": ["SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  /** Send a case to another office (an office head only among their own). */
  "case.route": ["SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  /** See every office's cases and figures; the others are bound to their offices (see officeScope). */
  "case.allOffices": ["OPERATOR", "SUPERVISOR", "ANALYST", "ADMIN"],
  "case.extend": LEADS,
  "case.merge": LEADS,
  "case.leaveUnanswered": LEADS,
  "case.endCorrespondence": LEADS,
  /** Reopen a case forwarded, left unanswered or with correspondence ended. */
  "case.reopenEnded": LEADS,
  /** Be emailed about the department's deadlines. */
  "case.deadlineAlerts": LEADS,
  /** Reply templates and the topics they belong to. */
  "template.manage": LEADS,
  "report.view": ["SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"],
  "member.view": CLUB_TEAM,
  /** What points are worth: earning rules, rewards, manual adjustments and purchase imports. */
  "loyalty.configure": LEADS,
  /** Build surveys, target and invite, remind, close. */
  "survey.manage": CLUB_TEAM,
  /** Read survey results and download them. */
  "survey.read": [...CLUB_TEAM, "ANALYST"],
  "event.manage": CLUB_TEAM,
  "idea.answer": CLUB_TEAM,
  "staff.manage": ADMINS,
  "apiKey.manage": ADMINS,
  /** The production calendar: it moves every deadline in the portal. */
  "calendar.edit": ADMINS,
  /** The development mailbox holds sign-in links and invitations: reading it is acting as their recipients. */
  "mailbox.read": ADMINS,
} as const satisfies Record<string, readonly StaffRole[]>;

export type TAbility = keyof typeof ABILITIES;

/** Whoever has a role: a signed-in staff member, an assignee row, a lifecycle actor. */
export type TRoleHolder = { role: StaffRole };

export function can(user: TRoleHolder, ability: TAbility): boolean {
  return (ABILITIES[ability] as readonly StaffRole[]).includes(user.role);
}

/** The roles that have the ability, e.g. who may be assigned a case; a copy the caller may keep. */
export function rolesWith(ability: TAbility): StaffRole[] {
  return [...ABILITIES[ability]];
}

/** A role bound to offices needs at least one: without it, it would see no case at all. */
export function isOfficeBound(role: StaffRole): boolean {
  return !can({ role }, "case.allOffices");
}

/** The offices a staff member is limited to, or null when they see every office's cases. */
export function officeScope(user: TRoleHolder & { officePostcodes: string[] }): string[] | null {
  return isOfficeBound(user.role) ? user.officePostcodes : null;
}

/** The cases a staff member may see, for Prisma queries (reports filter their SQL by officeScope too). */
export function caseScope(user: TRoleHolder & { officePostcodes: string[] }): Prisma.CaseWhereInput {
  const offices = officeScope(user);
  return offices ? { officePostcode: { in: offices } } : {};
}
