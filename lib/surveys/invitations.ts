import "server-only";

import { createHmac, randomUUID } from "node:crypto";

import { authSecret } from "@/lib/auth/secret";
import { hashLinkToken } from "@/lib/auth/tokens";
import { MEMBER_LANGUAGE_SELECT, memberLocale } from "@/lib/club/member-select";
import { parseSegment, segmentWhere } from "@/lib/club/segment";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format-date";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

export const INVITE_BATCH_SIZE = 100;

/**
 * The personal link's token of an invitation, derived from its id with the server's secret: a reminder can
 * send the same link again, while the database keeps only the token's hash (a copy of the database alone
 * opens no survey).
 */
export function invitationToken(invitationId: string): string {
  return createHmac("sha256", authSecret()).update(`survey-invitation:${invitationId}`).digest("base64url");
}

export function surveyLinkUrl(token: string): string {
  return `${appUrl()}/survey/${token}`;
}

function closesOnText(closesAt: Date | null, locale: "ru" | "en"): string | null {
  if (!closesAt) return null;
  return formatDate(closesAt, locale, { dateStyle: "long", timeZone: OPERATOR_TIME_ZONE });
}

const MEMBER_SELECT = { id: true, email: true, firstName: true, ...MEMBER_LANGUAGE_SELECT } as const;

async function lockOpenSurvey(tx: Prisma.TransactionClient, surveyId: string) {
  const [survey] = await tx.$queryRaw<{ title: string; status: string; segment: unknown; closesAt: Date | null }[]>`
    SELECT "title", "status", "segment", "closesAt" FROM "Survey" WHERE "id" = ${surveyId}::uuid FOR UPDATE`;
  return survey?.status === "OPEN" ? survey : null;
}

type TOpenSurvey = NonNullable<Awaited<ReturnType<typeof lockOpenSurvey>>>;

/**
 * Works through an open survey's members a batch per transaction, each under the survey's row lock (so
 * concurrent runs take turns), until a batch comes back short or the survey is no longer open. `batch`
 * says how many it handled; the total is returned.
 */
async function inBatches(
  surveyId: string,
  batchSize: number,
  batch: (tx: Prisma.TransactionClient, survey: TOpenSurvey) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.$transaction(
      async (tx) => {
        const survey = await lockOpenSurvey(tx, surveyId);
        return survey ? batch(tx, survey) : 0;
      },
      { timeout: 60_000 },
    );
    total += count;
    if (count < batchSize) return total;
  }
}

/** The invitation or a reminder: the member's personal link, in their language, with the survey's last day. */
async function enqueueSurveyEmail(
  tx: Prisma.TransactionClient,
  template: "survey-invitation" | "survey-reminder",
  member: { email: string; firstName: string } & Parameters<typeof memberLocale>[0],
  survey: TOpenSurvey,
  token: string,
): Promise<void> {
  const locale = memberLocale(member);
  const data = {
    name: member.firstName,
    title: survey.title,
    url: surveyLinkUrl(token),
    closesOn: closesOnText(survey.closesAt, locale),
  };
  await enqueueEmail(tx, { template, to: member.email, locale, data });
}

/**
 * Invites the members of an open survey's segment who have no invitation yet, a batch per transaction:
 * each gets an invitation (the link token's hash) and an email in the outbox, together. Run by a
 * background job; safe to run again (the survey's row lock makes concurrent runs take turns).
 */
export async function inviteSurveyMembers(surveyId: string, batchSize = INVITE_BATCH_SIZE): Promise<number> {
  return inBatches(surveyId, batchSize, async (tx, survey) => {
    const members = await tx.member.findMany({
      where: { AND: [segmentWhere(parseSegment(survey.segment)), { surveyInvitations: { none: { surveyId } } }] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: MEMBER_SELECT,
    });
    for (const member of members) {
      const id = randomUUID();
      const token = invitationToken(id);
      await tx.surveyInvitation.create({
        data: { id, surveyId, memberId: member.id, tokenHash: hashLinkToken(token) },
      });
      await enqueueSurveyEmail(tx, "survey-invitation", member, survey, token);
    }
    return members.length;
  });
}

/** Days after the invitation when the automatic reminder goes to those who have not answered. */
export const AUTO_REMINDER_DAYS = 3;

/**
 * Reminds the invited members of an open survey who have not answered and were not reminded since
 * `cutoff`, with the same personal link. Members who have left are skipped. `invitedBefore` limits it to
 * invitations older than that moment and never reminded (the automatic reminder).
 */
export async function remindSurveyMembers(
  surveyId: string,
  cutoff: Date,
  { batchSize = INVITE_BATCH_SIZE, invitedBefore }: { batchSize?: number; invitedBefore?: Date } = {},
): Promise<number> {
  return inBatches(surveyId, batchSize, async (tx, survey) => {
    const invitations = await tx.surveyInvitation.findMany({
      where: {
        surveyId,
        respondedAt: null,
        ...(invitedBefore
          ? { invitedAt: { lt: invitedBefore }, remindedAt: null }
          : { OR: [{ remindedAt: null }, { remindedAt: { lt: cutoff } }] }),
        member: { status: "ACTIVE", leftAt: null },
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, member: { select: MEMBER_SELECT } },
    });
    for (const { id, member } of invitations)
      await enqueueSurveyEmail(tx, "survey-reminder", member, survey, invitationToken(id));
    await tx.surveyInvitation.updateMany({
      where: { id: { in: invitations.map((row) => row.id) } },
      data: { remindedAt: cutoff },
    });
    return invitations.length;
  });
}

/** The daily automatic reminder: invitations of open surveys AUTO_REMINDER_DAYS old, unanswered, never reminded. */
export async function remindDueInvitations(now: Date = new Date()): Promise<number> {
  const invitedBefore = new Date(now.getTime() - AUTO_REMINDER_DAYS * 86_400_000);
  const surveys = await db.survey.findMany({
    where: {
      status: "OPEN",
      OR: [{ closesAt: null }, { closesAt: { gt: now } }],
      invitations: { some: { invitedAt: { lt: invitedBefore }, remindedAt: null, respondedAt: null } },
    },
    select: { id: true },
  });
  let reminded = 0;
  for (const survey of surveys) reminded += await remindSurveyMembers(survey.id, now, { invitedBefore });
  return reminded;
}
