import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Who may see the reports: everyone in the console but operators (office heads: their offices' figures). */
export const REPORT_ROLES = ["SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"] as const satisfies readonly StaffRole[];

export function canViewReports(role: StaffRole): boolean {
  return (REPORT_ROLES as readonly StaffRole[]).includes(role);
}
