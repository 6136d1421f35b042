import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { newerReplyThan, type TNewerReply } from "./reply-basis";
import type { TCasePresence } from "./schemas";

/** A page that has not called for this long is taken to be closed (it calls every ~10 s). */
export const PRESENCE_FRESH_MS = 30_000;
/** Rows of pages that went without saying goodbye are removed once they are this old. */
const PRESENCE_PRUNE_MS = 5 * 60_000;

export type TColleagueOnCase = { staffId: string; name: string; isWriting: boolean };
export type TPresenceAnswer = { colleagues: TColleagueOnCase[]; newerReply: TNewerReply | null };

async function scopedCaseId(number: string, user: TStaffUser): Promise<string> {
  assertCan(user, "case.read");
  const found = await db.case.findFirst({ where: { number, ...caseScope(user) }, select: { id: true } });
  if (!found) throw new ActionError("NOT_FOUND", "caseDetail.errors.notFound");
  return found.id;
}

/**
 * A heartbeat of an open case page, kept in PostgreSQL so every instance of the app sees it: marks the staff
 * member as on the case (and writing or not), and answers who else has been on it lately and whether a
 * colleague has replied since the reply the page shows. Long-gone rows are pruned on the way.
 */
export async function reportPresence(
  number: string,
  input: TCasePresence,
  user: TStaffUser,
  now = new Date(),
): Promise<TPresenceAnswer> {
  const caseId = await scopedCaseId(number, user);
  const seen = { isWriting: input.isWriting, seenAt: now };
  await db.casePresence.upsert({
    where: { caseId_staffId: { caseId, staffId: user.id } },
    create: { caseId, staffId: user.id, ...seen },
    update: seen,
  });
  await db.casePresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - PRESENCE_PRUNE_MS) } } });
  const [others, newerReply] = await Promise.all([
    db.casePresence.findMany({
      where: { caseId, staffId: { not: user.id }, seenAt: { gte: new Date(now.getTime() - PRESENCE_FRESH_MS) } },
      orderBy: { seenAt: "asc" },
      select: { staffId: true, isWriting: true, staff: { select: { name: true } } },
    }),
    newerReplyThan(db, caseId, input.basisReplyId, user),
  ]);
  return {
    colleagues: others.map((row) => ({ staffId: row.staffId, name: row.staff.name, isWriting: row.isWriting })),
    newerReply,
  };
}

/** The page was left: the staff member is off the case at once rather than when their row goes stale. */
export async function leaveCase(number: string, user: TStaffUser): Promise<void> {
  const caseId = await scopedCaseId(number, user);
  await db.casePresence.deleteMany({ where: { caseId, staffId: user.id } });
}
