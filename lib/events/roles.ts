import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Staff who run events and answer ideas (canManageClub in lib/club/staff-roles.ts), for requireStaff and staffPage. */
export const CLUB_MANAGERS: StaffRole[] = ["OPERATOR", "SUPERVISOR", "ADMIN"];
