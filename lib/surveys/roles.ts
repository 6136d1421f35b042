import type { StaffRole } from "@/lib/generated/prisma/enums";

// The staff roles of lib/club/staff-roles.ts as lists, for requireStaff(...) and staffPage(...).

/** Build surveys, target and invite, remind, close (canManageClub). */
export const SURVEY_MANAGERS: StaffRole[] = ["OPERATOR", "SUPERVISOR", "ADMIN"];

/** Read results and download them (canViewClubResults). */
export const SURVEY_READERS: StaffRole[] = [...SURVEY_MANAGERS, "ANALYST"];
