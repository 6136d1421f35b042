import type { StaffRole } from "@/lib/generated/prisma/enums";

/** What a sign-in establishes about the person: ids and versions only, never personal data. */
export type TSessionClaims =
  | { kind: "member"; uid: string; sv: number }
  | { kind: "staff"; uid: string; sv: number; role: StaffRole; until: number };

/**
 * What the signed session cookie carries: the sign-in's claims and the id of its AuthSession row, which must
 * still be live for the cookie to mean anything (signing out ends the row, and with it every copy of the cookie).
 */
export type TTokenClaims = TSessionClaims & { sid: string };

/** How long a staff session lasts, whatever the cookie's own lifetime. */
export const STAFF_SESSION_SECONDS = 12 * 60 * 60;
/** How long a member session lasts from signing in, however often the cookie is renewed. */
export const MEMBER_SESSION_SECONDS = 30 * 24 * 60 * 60;
