import "server-only";

import { getServerSession } from "next-auth";
import { cache } from "react";

import { db } from "@/lib/db";
import type { MemberStatus, StaffRole } from "@/lib/generated/prisma/enums";

import { getAuthOptions } from "./auth-options";
import { AuthError } from "./errors";
import type { TSessionClaims } from "./session-claims";

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

async function loadMember(claims: Extract<TSessionClaims, { kind: "member" }>): Promise<TMemberUser | null> {
  const member = await db.member.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, firstName: true, lastName: true, cardNumber: true, status: true, sessionVersion: true },
  });
  if (!member || member.status === "LEFT" || member.sessionVersion !== claims.sv) return null;
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

async function loadStaff(claims: Extract<TSessionClaims, { kind: "staff" }>): Promise<TStaffUser | null> {
  if (claims.until < Date.now()) return null;
  const staff = await db.staffUser.findUnique({
    where: { id: claims.uid },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isDisabled: true,
      sessionVersion: true,
      totpEnabledAt: true,
      offices: { select: { officePostcode: true } },
    },
  });
  // A disabled account, a sign-out everywhere or a change of role ends the session at once.
  if (!staff || staff.isDisabled || staff.sessionVersion !== claims.sv || staff.role !== claims.role) return null;
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
  const session = await getServerSession(getAuthOptions());
  const claims = session?.claims;
  if (!claims) return null;
  return claims.kind === "member" ? loadMember(claims) : loadStaff(claims);
});

export async function requireMember(): Promise<TMemberUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  if (user.kind !== "member") throw new AuthError("FORBIDDEN");
  return user;
}

/** A staff member of one of the roles (any staff member when none are named). */
export async function requireStaff(...roles: StaffRole[]): Promise<TStaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("UNAUTHENTICATED");
  if (user.kind !== "staff" || (roles.length > 0 && !roles.includes(user.role))) throw new AuthError("FORBIDDEN");
  return user;
}
