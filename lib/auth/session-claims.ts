import type { StaffRole } from "@/lib/generated/prisma/enums";

/** What the signed session cookie carries: ids and versions only, never personal data. */
export type TSessionClaims =
  | { kind: "member"; uid: string; sv: number }
  | { kind: "staff"; uid: string; sv: number; role: StaffRole; until: number };

/** How long a staff session lasts, whatever the cookie's own lifetime. */
export const STAFF_SESSION_SECONDS = 12 * 60 * 60;
/** How long a member session lasts. */
export const MEMBER_SESSION_SECONDS = 30 * 24 * 60 * 60;
