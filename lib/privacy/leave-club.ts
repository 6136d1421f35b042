import "server-only";

import { db } from "@/lib/db";
import { deliveryJobKey } from "@/lib/email/delivery-job";
import { mailboxKey } from "@/lib/email/mailbox-key";
import type { TEmailMessage } from "@/lib/email/outbox";
import { cancelMemberRegistrations } from "@/lib/events/registrations";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LEFT_NAME = "—";

/**
 * Leaving the club (also withdrawing the personal-data consent): the member's name, email, phone and place
 * are removed from the member and their questionnaires, their sessions end. The points ledger, purchases and
 * redemptions stay, tied to the anonymous row, so the operator's accounts add up (accounting law); cases stay
 * with their own applicant data, which the law on appeals requires to be kept. Places at coming events are
 * given up (the waiting list moves on); survey answers, ideas and ratings stay, no longer linked to anyone;
 * unanswered invitations and drafts go. The emails, limits, sign-in links, sessions and security trail of
 * the member's mailbox go in the same transaction (forgetMailbox).
 */
export async function leaveClub(memberId: string, now: Date = new Date()): Promise<void> {
  await cancelMemberRegistrations(memberId, now);
  await db.$transaction(async (tx) => {
    await tx.surveyInvitation.deleteMany({ where: { memberId } });
    await tx.surveyResponse.deleteMany({ where: { memberId, status: "DRAFT" } });
    await tx.surveyResponse.updateMany({ where: { memberId }, data: { memberId: null } });
    await tx.idea.updateMany({ where: { authorId: memberId }, data: { authorId: null } });
    await tx.areaRating.updateMany({ where: { memberId }, data: { memberId: null } });
    const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
    // Name, email, phone and place: erased alike from the member and from their questionnaires.
    const erased = {
      email: `left-${memberId}@invalid`,
      firstName: LEFT_NAME,
      lastName: LEFT_NAME,
      phone: null,
      region: null,
      city: null,
    };
    await tx.membershipApplication.updateMany({
      where: { OR: [{ memberId }, { email: member.email }] },
      data: {
        ...erased,
        ideas: null,
        parentName: null,
        preferredOfficePostcode: null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
      },
    });
    await tx.member.update({
      where: { id: memberId },
      data: {
        ...erased,
        ageBand: null,
        status: "LEFT",
        leftAt: now,
        dataConsentVersion: null,
        dataConsentAt: null,
        newsConsentVersion: null,
        newsConsentAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    await forgetMailbox(tx, memberId, member.email);
  });
}

/** Emails still waiting that belong to a case, not to the club: the applicant is answered whether a member or not. */
const CASE_TEMPLATES: TEmailMessage["template"][] = [
  "case-filed",
  "case-reply",
  "case-extended",
  "case-status",
  "case-link",
];

/**
 * What the portal keeps about a leaving member's mailbox and sign-ins, gone with the member: the emails
 * written to the address (sent or given up, with their sign-in and club links; those still waiting, but
 * for a case's), unused sign-in links, the limits counted for the mailbox, sessions and their security
 * trail. Every writer stores addresses lower case, as the email schema gives them.
 */
async function forgetMailbox(tx: Prisma.TransactionClient, memberId: string, email: string): Promise<void> {
  const dropped = await tx.outboxMessage.findMany({
    where: { to: email, status: "PENDING", template: { notIn: CASE_TEMPLATES } },
    select: { id: true },
  });
  // Their delivery jobs go with them: an event notice's calendar file travels in the job's payload.
  for (const { id } of dropped) await tx.$executeRaw`SELECT graphile_worker.remove_job(${deliveryJobKey(id)}::text)`;
  await tx.outboxMessage.deleteMany({
    where: { to: email, OR: [{ status: { not: "PENDING" } }, { id: { in: dropped.map(({ id }) => id) } }] },
  });
  await tx.verificationToken.deleteMany({ where: { identifier: email } });
  // Limit keys end with the mailbox's hash; an older key may name the address itself.
  const suffix = `:${mailboxKey(email)}`;
  await tx.$executeRaw`
    DELETE FROM "RateLimitBucket"
    WHERE right("key", ${suffix.length}::int) = ${suffix} OR position(${email} in lower("key")) > 0`;
  await tx.authSession.deleteMany({ where: { memberId } });
  await tx.securityEvent.deleteMany({ where: { memberId } });
}
