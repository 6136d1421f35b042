import "server-only";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { MEMBER_SESSION_SECONDS, STAFF_SESSION_SECONDS, type TTokenClaims } from "./session-claims";

/** Whose sessions: a member's or a staff member's. */
export type TSessionOwner = { memberId: string } | { staffId: string };

type TClient = Pick<Prisma.TransactionClient, "authSession">;

export function sessionOwner(person: { kind: "member" | "staff"; id: string }): TSessionOwner {
  return person.kind === "member" ? { memberId: person.id } : { staffId: person.id };
}

const inSeconds = (seconds: number, now: Date) => new Date(now.getTime() + seconds * 1000);

/**
 * A member's new session, with the session version the cookie is bound to. The lifetime is absolute: the
 * cookie's sliding renewal never carries the session past thirty days from signing in.
 */
export async function startMemberSession(memberId: string, now = new Date()): Promise<{ sid: string; sv: number }> {
  const session = await db.authSession.create({
    data: { memberId, expiresAt: inSeconds(MEMBER_SESSION_SECONDS, now) },
    select: { id: true, member: { select: { sessionVersion: true } } },
  });
  return { sid: session.id, sv: session.member?.sessionVersion ?? 0 };
}

export async function startStaffSession(staffId: string, now = new Date()): Promise<string> {
  const session = await db.authSession.create({
    data: { staffId, expiresAt: inSeconds(STAFF_SESSION_SECONDS, now) },
    select: { id: true },
  });
  return session.id;
}

/** The filter of a live session: the row is there, not ended, not run out. */
export function liveSessionWhere(sessionId: string, now = new Date()): Prisma.AuthSessionWhereInput {
  return { id: sessionId, endedAt: null, expiresAt: { gt: now } };
}

export async function isSessionLive(sessionId: string): Promise<boolean> {
  return (await db.authSession.count({ where: liveSessionWhere(sessionId) })) > 0;
}

/** Signing out: ends the cookie's session row, so every copy of the cookie stops working too. */
export async function endSession(claims: TTokenClaims): Promise<void> {
  const { count } = await db.authSession.updateMany({
    where: { id: claims.sid, endedAt: null },
    data: { endedAt: new Date() },
  });
  if (count === 0) return;
  await recordSecurityEvent({ kind: "SIGN_OUT", ...sessionOwner({ kind: claims.kind, id: claims.uid }) });
}

/**
 * Ends every live session of a person at once — or every one but `exceptSessionId`, the session that made
 * the change the others are ended for. Pass a transaction client to end them with the change itself.
 */
export async function endSessionsOf(
  owner: TSessionOwner,
  reason: string,
  options: { exceptSessionId?: string; client?: TClient } = {},
): Promise<number> {
  const client = options.client ?? db;
  const { count } = await client.authSession.updateMany({
    where: { ...owner, endedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { endedAt: new Date() },
  });
  if (!options.client) await recordSessionsEnded(owner, reason);
  return count;
}

/** The trail entry of endSessionsOf, for a caller that ended them inside its transaction (after it commits). */
export async function recordSessionsEnded(owner: TSessionOwner, reason: string): Promise<void> {
  await recordSecurityEvent({ kind: "SESSIONS_ENDED", ...owner, reason });
}
