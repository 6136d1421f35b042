import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { hashLinkToken } from "@/lib/auth/tokens";
import { SEGMENT_MEMBER_SELECT, toSegmentMember } from "@/lib/club/segment";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awardActivityPoints } from "@/lib/loyalty/award-activity-points";

import { checkAnswers, type TAnswers } from "./answers";
import { QUESTION_ROW_SELECT, toQuestion } from "./question-rows";
import { isTakingAnswers } from "./survey-status";

/** Who answers which survey: found by the personal link's token, or by the signed-in member's invitation. */
export type TRespondent = { surveyId: string; memberId: string };

export async function respondentByToken(token: string): Promise<TRespondent | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.surveyInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { surveyId: true, memberId: true, member: { select: { status: true } } },
  });
  if (!invitation || invitation.member.status === "LEFT") return null;
  return { surveyId: invitation.surveyId, memberId: invitation.memberId };
}

export async function respondentAsMember(surveyId: string, memberId: string): Promise<TRespondent | null> {
  const invitation = await db.surveyInvitation.findUnique({
    where: { surveyId_memberId: { surveyId, memberId } },
    select: { surveyId: true, memberId: true },
  });
  return invitation;
}

/** What the answer form needs: the survey, its questions, and the respondent's draft or submitted answers. */
export async function surveyForRespondent(respondent: TRespondent, now: Date = new Date()) {
  const [survey, response] = await Promise.all([
    db.survey.findUniqueOrThrow({
      where: { id: respondent.surveyId },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        closesAt: true,
        questions: { orderBy: { position: "asc" }, select: QUESTION_ROW_SELECT },
      },
    }),
    db.surveyResponse.findUnique({
      where: { surveyId_memberId: respondent },
      select: { status: true, answers: true, submittedAt: true },
    }),
  ]);
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    closesAt: survey.closesAt,
    isOpen: isTakingAnswers(survey, now),
    questions: survey.questions.map(toQuestion),
    answers: (response?.answers ?? {}) as TAnswers,
    isSubmitted: response?.status === "SUBMITTED",
  };
}

/** The survey's questions, with the survey's row locked so a submit and a draft save take turns. */
async function lockForAnswer(tx: Prisma.TransactionClient, respondent: TRespondent, now: Date) {
  const [survey] = await tx.$queryRaw<{ status: string; closesAt: Date | null }[]>`
    SELECT "status", "closesAt" FROM "Survey" WHERE "id" = ${respondent.surveyId}::uuid`;
  // The invitation's row lock makes two submits (a double click, two tabs) take turns: the second sees the first.
  await tx.$queryRaw`SELECT "id" FROM "SurveyInvitation" WHERE "surveyId" = ${respondent.surveyId}::uuid AND "memberId" = ${respondent.memberId}::uuid FOR UPDATE`;
  if (!survey || !isTakingAnswers(survey, now)) throw new ActionError("CONFLICT", "surveys.errors.closed");
  const existing = await tx.surveyResponse.findUnique({
    where: { surveyId_memberId: respondent },
    select: { status: true },
  });
  const questions = await tx.surveyQuestion.findMany({
    where: { surveyId: respondent.surveyId },
    orderBy: { position: "asc" },
    select: QUESTION_ROW_SELECT,
  });
  return { questions: questions.map(toQuestion), existing };
}

/** Keeps unfinished answers as a draft, so a reload or another device carries on where the member left. */
export async function saveDraft(
  respondent: TRespondent,
  raw: Record<string, unknown>,
  now: Date = new Date(),
): Promise<{ savedAt: string }> {
  await db.$transaction(async (tx) => {
    const { questions, existing } = await lockForAnswer(tx, respondent, now);
    if (existing?.status === "SUBMITTED") throw new ActionError("CONFLICT", "surveys.errors.alreadySubmitted");
    const { answers } = checkAnswers(questions, raw, { isFinal: false });
    await tx.surveyResponse.upsert({
      where: { surveyId_memberId: respondent },
      create: { ...respondent, status: "DRAFT", answers },
      update: { answers },
    });
  });
  return { savedAt: now.toISOString() };
}

export type TSubmitResult = { points: number; balance: number; isFirstSubmit: boolean };

/**
 * Submits the answers once: answers to questions the conditions hide are dropped, every visible required
 * question must be answered. The response keeps the member's region, age band and services of that moment
 * for results by segment. The survey's activity points are credited once; a second submit (a double click,
 * a second tab) changes nothing and answers with the same points.
 */
export async function submitResponse(
  respondent: TRespondent,
  raw: Record<string, unknown>,
  now: Date = new Date(),
): Promise<TSubmitResult> {
  const isFirstSubmit = await db.$transaction(async (tx) => {
    const { questions, existing } = await lockForAnswer(tx, respondent, now);
    if (existing?.status === "SUBMITTED") return false;
    const { answers, errors } = checkAnswers(questions, raw, { isFinal: true });
    const [firstError] = Object.entries(errors);
    if (firstError) throw new ActionError("INVALID", firstError[1], {}, firstError[0]);
    const member = toSegmentMember(
      await tx.member.findUniqueOrThrow({ where: { id: respondent.memberId }, select: SEGMENT_MEMBER_SELECT }),
    );
    const data = {
      status: "SUBMITTED" as const,
      answers,
      region: member.region,
      ageBand: member.ageBand,
      services: [...member.services],
      submittedAt: now,
    };
    await tx.surveyResponse.upsert({
      where: { surveyId_memberId: respondent },
      create: { ...respondent, ...data },
      update: data,
    });
    await tx.surveyInvitation.update({ where: { surveyId_memberId: respondent }, data: { respondedAt: now } });
    return true;
  });
  // Idempotent per survey: run again after a submit that was cut short, it credits what is missing, once.
  const awarded = await awardActivityPoints({
    memberId: respondent.memberId,
    activity: "SURVEY_COMPLETED",
    reference: respondent.surveyId,
  });
  return { points: awarded.points, balance: awarded.balance, isFirstSubmit };
}

/** The member's open surveys not answered yet, for their account. */
export async function surveysWaiting(memberId: string, now: Date = new Date()) {
  const invitations = await db.surveyInvitation.findMany({
    where: {
      memberId,
      respondedAt: null,
      survey: { status: "OPEN", OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
    },
    orderBy: { invitedAt: "desc" },
    take: 20,
    select: { survey: { select: { id: true, title: true, closesAt: true } } },
  });
  return invitations.map((invitation) => invitation.survey);
}
