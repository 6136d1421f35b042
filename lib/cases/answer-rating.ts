import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { caseEventRow } from "./lifecycle/events";
import { applicantByToken } from "./status-view";

/** How long after the answer the applicant may still change the rating they gave (the last one counts). */
export const RATING_CHANGE_DAYS = 14;
const DAY_MS = 86_400_000;

const RATED_SELECT = {
  id: true,
  number: true,
  status: true,
  answeredAt: true,
  answerRating: true,
  answerRatedAt: true,
  answerComment: true,
} as const satisfies Prisma.CaseSelect;

type TRatedCase = Prisma.CaseGetPayload<{ select: typeof RATED_SELECT }>;
type TAnsweredCase = TRatedCase & { answeredAt: Date };

/** The answer's rating as the applicant sees it on the rating page. */
export type TAnswerRating = {
  caseNumber: string;
  /** NOT_ANSWERED: nothing to rate yet; RATED_BY_ANOTHER: another applicant of the case rated this answer. */
  state: "OPEN" | "NOT_ANSWERED" | "RATED_BY_ANOTHER";
  /** This applicant's rating of the answer so far, and their comment. */
  score: number | null;
  comment: string | null;
  /** Whether this applicant may still give or change their score. */
  canChange: boolean;
};

/** Answered, or closed after an answer: only then is there an answer to rate. */
function isRateable(found: TRatedCase): found is TAnsweredCase {
  return found.answeredAt !== null && (found.status === "ANSWERED" || found.status === "CLOSED");
}

/** A rating given since the latest answer (a reopened and answered-again case is rated afresh). */
function hasRatingOfAnswer(found: TAnsweredCase): boolean {
  return found.answerRating !== null && (found.answerRatedAt === null || found.answerRatedAt >= found.answeredAt);
}

function canStillChange(found: TAnsweredCase, now: Date): boolean {
  return now.getTime() <= found.answeredAt.getTime() + RATING_CHANGE_DAYS * DAY_MS;
}

/** The latest rating event of the current answer, to know whose rating it is. */
async function latestRating(tx: Prisma.TransactionClient, found: TAnsweredCase) {
  return tx.caseEvent.findFirst({
    where: { caseId: found.id, kind: "ANSWER_RATED", createdAt: { gte: found.answeredAt } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, applicantId: true, data: true },
  });
}

/** Reads the case under a row lock, so two clicks of the same link (or two tabs) record one rating. */
async function lockedCase(tx: Prisma.TransactionClient, caseId: string): Promise<TRatedCase> {
  await tx.$executeRaw`SELECT 1 FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
  return tx.case.findUniqueOrThrow({ where: { id: caseId }, select: RATED_SELECT });
}

async function applicantOrFail(token: string) {
  const applicant = await applicantByToken(token);
  if (!applicant) throw new ActionError("NOT_FOUND", "status.notFound");
  return applicant;
}

/**
 * The applicant rates the answer 1–5. Possible once the case is answered (or closed after an answer); the
 * same applicant may change the score within RATING_CHANGE_DAYS of the answer, and the last one counts.
 * Each rating is one ANSWER_RATED event with the score (and the comment already given); the same score
 * again — the link opened twice — records nothing more.
 */
export async function rateAnswer(input: { token: string; score: number }, now = new Date()) {
  const applicant = await applicantOrFail(input.token);
  return db.$transaction(async (tx) => {
    const found = await lockedCase(tx, applicant.caseId);
    if (!isRateable(found)) throw new ActionError("CONFLICT", "answerRating.errors.notAnswered");
    let comment: string | null = null;
    if (hasRatingOfAnswer(found)) {
      const latest = await latestRating(tx, found);
      if (latest?.applicantId !== applicant.id) throw new ActionError("CONFLICT", "answerRating.errors.ratedByAnother");
      if (found.answerRating === input.score) return { score: input.score, isRecorded: false };
      if (!canStillChange(found, now))
        throw new ActionError("CONFLICT", "answerRating.errors.tooLate", { days: RATING_CHANGE_DAYS });
      comment = found.answerComment;
    }
    await tx.case.update({
      where: { id: found.id },
      data: { answerRating: input.score, answerRatedAt: now, answerComment: comment },
    });
    await tx.caseEvent.create({
      data: caseEventRow(
        found.id,
        { kind: "ANSWER_RATED", score: input.score, comment: comment ?? undefined },
        { kind: "customer", applicantId: applicant.id },
        now,
      ),
    });
    return { score: input.score, isRecorded: true };
  });
}

/**
 * The applicant's words to the rating they gave, kept on the case (answerComment) and in that rating's
 * event, so one rating stays one event. A first comment may be added at any time; a comment already given
 * may be changed within the same days as the score.
 */
export async function commentOnAnswer(input: { token: string; comment: string }, now = new Date()) {
  const applicant = await applicantOrFail(input.token);
  return db.$transaction(async (tx) => {
    const found = await lockedCase(tx, applicant.caseId);
    if (!isRateable(found)) throw new ActionError("CONFLICT", "answerRating.errors.notAnswered");
    const latest = hasRatingOfAnswer(found) ? await latestRating(tx, found) : null;
    if (!latest || latest.applicantId !== applicant.id)
      throw new ActionError("CONFLICT", "answerRating.errors.rateFirst");
    if (found.answerComment !== null && !canStillChange(found, now)) {
      throw new ActionError("CONFLICT", "answerRating.errors.tooLate", { days: RATING_CHANGE_DAYS });
    }
    await tx.case.update({ where: { id: found.id }, data: { answerComment: input.comment } });
    const row = caseEventRow(
      found.id,
      { kind: "ANSWER_RATED", score: found.answerRating ?? 0, comment: input.comment },
      { kind: "customer", applicantId: applicant.id },
    );
    await tx.caseEvent.update({ where: { id: latest.id }, data: { data: row.data } });
    return { comment: input.comment };
  });
}

/** What the rating page shows: the case's number and the answer's rating so far, or null for an unknown link. */
export async function findAnswerRating(token: string, now = new Date()): Promise<TAnswerRating | null> {
  const applicant = await applicantByToken(token);
  if (!applicant) return null;
  const found = await db.case.findUniqueOrThrow({ where: { id: applicant.caseId }, select: RATED_SELECT });
  const page = { caseNumber: found.number, score: null, comment: null, canChange: false };
  if (!isRateable(found)) return { ...page, state: "NOT_ANSWERED" };
  if (!hasRatingOfAnswer(found)) return { ...page, state: "OPEN", canChange: true };
  const latest = await latestRating(db, found);
  if (latest?.applicantId !== applicant.id) return { ...page, state: "RATED_BY_ANOTHER" };
  return {
    ...page,
    state: "OPEN",
    score: found.answerRating,
    comment: found.answerComment,
    canChange: canStillChange(found, now),
  };
}
