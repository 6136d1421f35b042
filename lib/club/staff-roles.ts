import type { StaffRole } from "@/lib/generated/prisma/enums";

// Who of the staff does what in the club. Office heads work their offices' cases only and see nothing here.

/** Run surveys, events and ideas: build, invite, accept applications, mark attendance, answer ideas; view members. */
export function canManageClub(role: StaffRole): boolean {
  return role === "ADMIN" || role === "SUPERVISOR" || role === "OPERATOR";
}

/** Change what points are worth: earning rules, rewards, manual adjustments and purchase imports. */
export function canConfigureLoyalty(role: StaffRole): boolean {
  return role === "ADMIN" || role === "SUPERVISOR";
}

/** Read survey results and club figures (analysts read, never change). */
export function canViewClubResults(role: StaffRole): boolean {
  return canManageClub(role) || role === "ANALYST";
}
