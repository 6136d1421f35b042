import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Who maintains the production calendar: it moves every deadline in the portal. */
export const CALENDAR_EDITORS: StaffRole[] = ["ADMIN"];
