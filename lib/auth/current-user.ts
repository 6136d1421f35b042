import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";
import type { MemberStatus, StaffRole } from "@/lib/generated/prisma/enums";

import { AuthError } from "./errors";
import { can, type TAbility } from "./permissions";
import type { TTokenClaims } from "./session-claims";
import { sessionClaims } from "./session-cookie";
import { liveSessionWhere } from "./sessions";

export type TMemberUser = {
  kind: "member";
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  cardNumber: string;
  status: MemberStatus;
};

export type TStaffUser = {
  kind: "staff";
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** The offices an office head answers for; empty for other roles. */
  officePostcodes: string[];
  hasTotp: boolean;
};

export type TCurrentUser = TMemberUser | TStaffUser;

async function loadMember(claims: Extract<TTokenClaims, { kind: "member" }>): Promise<TMemberUser | null> {
  // One query: the member, only while the cookie's session row is live and nothing has ended it.
  const member = await db.member.findFirst({
    where: {
      id: claims.uid,
      status: { not: "LEFT" },
      sessionVersion: claims.sv,
      sessions: { some: liveSessionWhere(claims.sid) },
    },
    select: { id: true, email: true, firstName: true, lastName: true, cardNumber: true, status: true },
  });
  if (!member) return null;
  return {
    kind: "member",
    id: member.id,
    email: member.email,
    firstName: member.firstName,
    lastName: member.lastName,
    cardNumber: member.cardNumber,
    status: member.status,
  };
}

async function loadStaff(claims: Extract<TTokenClaims, { kind: "staff" }>): Promise<TStaffUser | null> {
  // One query: a disabled account, a change of role, a session version raised, or a session row ended
  // (signing out, sign-out everywhere, a change of the second factor) or run out ends the session at once.
  const staff = await db.staffUser.findFirst({
    where: {
      id: claims.uid,
      isDisabled: false,
      role: claims.role,
      sessionVersion: claims.sv,
      sessions: { some: liveSessionWhere(claims.sid) },
    },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      totpEnabledAt: true,
      offices: { select: { officePostcode: true } },
    },
  });
  if (!staff) return null;
  return {
    kind: "staff",
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    officePostcodes: staff.offices.map((office) => office.officePostcode),
    hasTotp: staff.totpEnabledAt !== null,
  };
}

/**
 * The signed-in person of this request, checked against the database on every request (once per request:
 * cached), or null.
 */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  return claims.kind === "member" ? loadMember(claims) : loadStaff(claims);
});

export async function requireMember(): Promise<TMemberUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  if (user.kind !== "member") throw new AuthError("FORBIDDEN");
  return user;
}

/** Any staff member, whatever their role. */
export async function requireStaff(): Promise<TStaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  if (user.kind !== "staff") throw new AuthError("FORBIDDEN");
  return user;
}

/** A staff member whose role has the ability (lib/auth/permissions.ts). */
export async function requireAbility(ability: TAbility): Promise<TStaffUser> {
  const user = await requireStaff();
  if (!can(user, ability)) throw new AuthError("FORBIDDEN");
  return user;
}
