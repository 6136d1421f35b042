import { StaffRole } from "@/lib/generated/prisma/enums";
import { canConfigureLoyalty, canManageClub } from "@/lib/club/staff-roles";

const ROLES = Object.values(StaffRole);

/** The roles that see members (for page guards and requireStaff), from the club's own rules. */
export const MEMBER_VIEWERS: StaffRole[] = ROLES.filter(canManageClub);

/** The roles that change points: rules, rewards, adjustments and imports. */
export const LOYALTY_CONFIGURERS: StaffRole[] = ROLES.filter(canConfigureLoyalty);
