import "server-only";

import type { Adapter, AdapterUser } from "next-auth/adapters";

import { db } from "@/lib/db";

type MemberRow = { id: string; email: string; firstName: string; lastName: string; emailVerified: Date | null };

function toUser(member: MemberRow): AdapterUser {
  return {
    id: member.id,
    email: member.email,
    emailVerified: member.emailVerified,
    name: `${member.firstName} ${member.lastName}`,
  };
}

const MEMBER_SELECT = { id: true, email: true, firstName: true, lastName: true, emailVerified: true } as const;

/**
 * The part of next-auth's adapter that emailed sign-in links need: members and one-use verification
 * tokens. Sessions are JWT cookies naming a row of our own (lib/auth/sessions.ts, started in the jwt callback),
 * so next-auth stores no sessions or accounts here. Members are created by joining the club, never by signing in.
 */
export const memberAdapter: Adapter = {
  async createUser() {
    throw new Error("Members join through the questionnaire, not by signing in");
  },
  async getUser(id) {
    const member = await db.member.findFirst({ where: { id, status: { not: "LEFT" } }, select: MEMBER_SELECT });
    return member ? toUser(member) : null;
  },
  async getUserByEmail(email) {
    const member = await db.member.findFirst({
      where: { email: email.toLowerCase(), status: { not: "LEFT" } },
      select: MEMBER_SELECT,
    });
    return member ? toUser(member) : null;
  },
  async getUserByAccount() {
    return null;
  },
  async updateUser(user) {
    const member = await db.member.update({
      where: { id: user.id },
      data: { emailVerified: user.emailVerified ?? undefined },
      select: MEMBER_SELECT,
    });
    return toUser(member);
  },
  async linkAccount() {
    return undefined;
  },
  async createVerificationToken(token) {
    await db.verificationToken.create({ data: token });
    return token;
  },
  /** Deleting is what makes a link single-use: of two clicks racing, only one gets the row back. */
  async useVerificationToken({ identifier, token }) {
    const [used] = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
      DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token}
      RETURNING "identifier", "token", "expires"`;
    return used ?? null;
  },
};
