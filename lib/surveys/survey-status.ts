import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SURVEY_INVITE_TASK = "survey-invite";
export const SURVEY_REMIND_TASK = "survey-remind";
export const SURVEY_CLOSE_TASK = "survey-close";
export const SURVEY_AUTO_REMIND_TASK = "survey-auto-remind";

/**
 * A job in the same transaction as the change that needs it; one pending job per survey and kind. `runAt`
 * holds it back until then (a survey scheduled to open on a later day).
 */
async function addJob(
  tx: Prisma.TransactionClient,
  task: string,
  payload: Record<string, string>,
  runAt: Date = new Date(),
) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at := ${runAt}::timestamptz,
    job_key := ${`${task}:${payload.surveyId}`}::text,
    max_attempts := 5
  )`;
}

async function lockSurvey(tx: Prisma.TransactionClient, id: string) {
  const [survey] = await tx.$queryRaw<{ status: string; opensAt: Date | null; closesAt: Date | null }[]>`
    SELECT "status", "opensAt", "closesAt" FROM "Survey" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!survey) throw new ActionError("NOT_FOUND", "surveys.errors.notFound");
  return survey;
}

/**
 * Opens a draft: every member of its segment is invited by email and may answer — from now on, or from
 * the survey's opening day when that is later (the invitations wait for it; no one can answer before, as
 * answering needs an invitation). The invitations are written by a background job in batches, so a segment
 * of any size does not hold the request.
 */
export async function openSurvey(id: string, now: Date = new Date()): Promise<{ status: "OPEN" }> {
  await db.$transaction(async (tx) => {
    const survey = await lockSurvey(tx, id);
    if (survey.status !== "DRAFT") throw new ActionError("CONFLICT", "surveys.errors.notDraft");
    if (survey.closesAt && survey.closesAt <= now) throw new ActionError("INVALID", "surveys.errors.closesInPast");
    if ((await tx.surveyQuestion.count({ where: { surveyId: id } })) === 0)
      throw new ActionError("INVALID", "surveys.errors.noQuestions");
    const opensAt = survey.opensAt && survey.opensAt > now ? survey.opensAt : now;
    await tx.survey.update({ where: { id }, data: { status: "OPEN", opensAt, publishedAt: now } });
    await addJob(tx, SURVEY_INVITE_TASK, { surveyId: id }, opensAt);
  });
  return { status: "OPEN" };
}

/** Reminds, by a background job, the invited members who have not answered an open survey yet. */
export async function remindSurvey(id: string, now: Date = new Date()): Promise<{ isQueued: true }> {
  await db.$transaction(async (tx) => {
    const survey = await lockSurvey(tx, id);
    if (survey.status !== "OPEN") throw new ActionError("CONFLICT", "surveys.errors.notOpen");
    await addJob(tx, SURVEY_REMIND_TASK, { surveyId: id, cutoff: now.toISOString() });
  });
  return { isQueued: true };
}

/** Closes an open survey now: no more answers are taken. */
export async function closeSurvey(id: string, now: Date = new Date()): Promise<{ status: "CLOSED" }> {
  await db.$transaction(async (tx) => {
    const survey = await lockSurvey(tx, id);
    if (survey.status !== "OPEN") throw new ActionError("CONFLICT", "surveys.errors.notOpen");
    await tx.survey.update({ where: { id }, data: { status: "CLOSED", closesAt: now } });
  });
  return { status: "CLOSED" };
}

/** Closes the open surveys whose closing time has passed (hourly; answering checks the time itself too). */
export async function closeDueSurveys(now: Date = new Date()): Promise<number> {
  const { count } = await db.survey.updateMany({
    where: { status: "OPEN", closesAt: { lte: now } },
    data: { status: "CLOSED" },
  });
  return count;
}

/** Whether a survey takes answers at `now`. */
export function isTakingAnswers(survey: { status: string; closesAt: Date | null }, now: Date = new Date()): boolean {
  return survey.status === "OPEN" && (!survey.closesAt || survey.closesAt > now);
}
