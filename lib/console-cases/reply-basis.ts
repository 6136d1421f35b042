import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { eventFacts } from "@/lib/cases/lifecycle/events";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A colleague's reply the writer has not seen: shown before their own is sent. */
export type TNewerReply = { id: string; staffName: string; createdAt: Date; subject: string; body: string };

/**
 * The reply a form is written against: the newest reply in the history the page showed (null when it
 * showed none). The history is in the order written.
 */
export function replyBasisOf(events: { id: string; kind: string }[]): string | null {
  return events.findLast((event) => event.kind === "PUBLIC_REPLY")?.id ?? null;
}

/**
 * The newest reply a colleague sent after the basis (after anything, when the basis is null), or null. The
 * writer's own replies never count: they saw them go. A basis that is not a reply of this case counts as
 * none, so a stale or foreign id never hides a colleague's reply.
 */
export async function newerReplyThan(
  tx: Prisma.TransactionClient,
  caseId: string,
  basisReplyId: string | null,
  user: TStaffUser,
): Promise<TNewerReply | null> {
  const basis = basisReplyId
    ? await tx.caseEvent.findFirst({
        where: { id: basisReplyId, caseId, kind: "PUBLIC_REPLY" },
        select: { id: true, createdAt: true },
      })
    : null;
  const newer = await tx.caseEvent.findFirst({
    where: {
      caseId,
      kind: "PUBLIC_REPLY",
      staffId: { not: user.id },
      ...(basis
        ? { OR: [{ createdAt: { gt: basis.createdAt } }, { createdAt: basis.createdAt, id: { gt: basis.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, body: true, data: true, staffId: true },
  });
  if (!newer) return null;
  const author = newer.staffId
    ? await tx.staffUser.findUnique({ where: { id: newer.staffId }, select: { name: true } })
    : null;
  const facts = eventFacts({ kind: "PUBLIC_REPLY", data: newer.data, body: newer.body }, "PUBLIC_REPLY");
  return {
    id: newer.id,
    staffName: author?.name ?? "",
    createdAt: newer.createdAt,
    subject: facts?.subject ?? "",
    body: facts?.body ?? "",
  };
}

/** A reply refused because a colleague's reply came first; the form shows it and may send again over it. */
export class ReplyOvertaken extends ActionError {
  constructor(readonly newerReply: TNewerReply) {
    super("CONFLICT", "caseDetail.reply.overtaken.title");
    this.name = "ReplyOvertaken";
  }
}
