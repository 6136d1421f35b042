import "server-only";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clientIp } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-logger";

/**
 * Every kind of security event, with the facts each carries. Facts are codes and ids only: never a
 * password, token, message body or address.
 */
export type TSecurityEvent =
  | { kind: "SIGN_IN"; staffId?: string; memberId?: string }
  | { kind: "SIGN_IN_FAILED"; staffId?: string; reason: string }
  | { kind: "SIGN_OUT"; staffId?: string; memberId?: string }
  | { kind: "SESSIONS_ENDED"; staffId?: string; memberId?: string; reason: string }
  | { kind: "LOCKED"; staffId?: string; scope: "client" | "account" }
  | { kind: "UNLOCKED"; staffId: string; by: "owner" | "admin"; adminId?: string }
  | { kind: "TOTP_ENABLED" | "TOTP_DISABLED" | "TOTP_REPLACED"; staffId: string }
  | { kind: "FORBIDDEN"; staffId?: string; memberId?: string; target: string }
  | { kind: "RATE_LIMITED"; staffId?: string; memberId?: string; limit: string };

export type TSecurityEventKind = TSecurityEvent["kind"];

/** Where a request came from, for the trail. Outside a request (jobs, scripts) both are null. */
export type TSecurityContext = { ip: string | null; requestId: string | null };

/** How long the trail is kept (personal data: client addresses). */
export const SECURITY_EVENT_DAYS = 90;

async function contextOfRequest(): Promise<TSecurityContext> {
  try {
    const requestHeaders = await headers();
    return { ip: clientIp(requestHeaders), requestId: requestHeaders.get(REQUEST_ID_HEADER) };
  } catch (error) {
    // Next.js signals dynamic rendering by throwing; only "no request here" is ours to absorb.
    unstable_rethrow(error);
    return { ip: null, requestId: null };
  }
}

/**
 * Records one security event: a structured log line always, and a row for an admin's look at the account
 * when the event concerns a known account. Events about no account (a refused stranger) are only logged, so
 * a flood of them cannot fill the table. Never fails its caller: a trail that cannot be written is logged.
 */
export async function recordSecurityEvent(event: TSecurityEvent, context?: TSecurityContext): Promise<void> {
  const { ip, requestId } = context ?? (await contextOfRequest());
  const { kind, ...facts } = event;
  logger.info({ security: kind, ...facts, ip, requestId }, `security: ${kind}`);
  const staffId = "staffId" in event ? event.staffId : undefined;
  const memberId = "memberId" in event ? event.memberId : undefined;
  if (!staffId && !memberId) return;
  const data = Object.fromEntries(Object.entries(facts).filter(([key]) => key !== "staffId" && key !== "memberId"));
  try {
    await db.securityEvent.create({
      data: { kind, staffId, memberId, ip, requestId, data: data as Prisma.InputJsonObject },
    });
  } catch (error) {
    logger.error({ err: error, security: kind, requestId }, "security event not stored");
  }
}

/** The newest events of a staff account, for the admin's console. */
export async function recentSecurityEvents(staffId: string, take = 50) {
  return db.securityEvent.findMany({
    where: { staffId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, ip: true, requestId: true, data: true, createdAt: true },
  });
}

/** Forgets events past the keeping time; run by the daily purge. */
export async function purgeOldSecurityEvents(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - SECURITY_EVENT_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.securityEvent.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
