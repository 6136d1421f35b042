import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { parseSegment, segmentWhere, type TSegment } from "@/lib/club/segment";
import { db } from "@/lib/db";
import { dayEnd, dayStart } from "@/lib/time/operator-day";

import { QUESTION_ROW_SELECT, toQuestion, toQuestionData } from "./question-rows";
import type { TSaveSurvey } from "./schemas";

export async function listSurveys() {
  const surveys = await db.survey.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      createdAt: true,
      _count: { select: { invitations: true, responses: { where: { status: "SUBMITTED" } } } },
    },
  });
  return surveys.map(({ _count, ...survey }) => ({
    ...survey,
    invited: _count.invitations,
    responses: _count.responses,
  }));
}

/** A survey with its questions in order, for the builder, the preview and the answer form. */
export async function loadSurvey(id: string) {
  const survey = await db.survey.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      segment: true,
      opensAt: true,
      closesAt: true,
      questions: { orderBy: { position: "asc" }, select: QUESTION_ROW_SELECT },
      _count: { select: { invitations: true, responses: { where: { status: "SUBMITTED" } } } },
    },
  });
  if (!survey) return null;
  const { _count, questions, segment, ...rest } = survey;
  return {
    ...rest,
    segment: parseSegment(segment),
    questions: questions.map(toQuestion),
    invited: _count.invitations,
    responses: _count.responses,
  };
}
export type TLoadedSurvey = NonNullable<Awaited<ReturnType<typeof loadSurvey>>>;

/**
 * Creates a survey or replaces a draft's content: title, targeting, closing day and the questions in the
 * given order. Once open, a survey's questions are fixed (answers refer to them), so only drafts change.
 */
export async function saveSurvey(
  input: Omit<TSaveSurvey, "opensOn"> & { opensOn?: string },
  actor: Pick<TStaffUser, "id">,
): Promise<{ id: string }> {
  // A survey opens at the start of its first day and closes at the end of its last, in Moscow time.
  const opensAt = input.opensOn ? dayStart(input.opensOn) : null;
  const closesAt = input.closesOn ? dayEnd(input.closesOn) : null;
  const content = {
    title: input.title,
    description: input.description ?? null,
    segment: input.segment,
    opensAt,
    closesAt,
  };
  return db.$transaction(async (tx) => {
    let id = input.id;
    if (id) {
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT "status" FROM "Survey" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!locked) throw new ActionError("NOT_FOUND", "surveys.errors.notFound");
      if (locked.status !== "DRAFT") throw new ActionError("CONFLICT", "surveys.errors.notDraft");
      await tx.survey.update({ where: { id }, data: content });
      await tx.surveyQuestion.deleteMany({ where: { surveyId: id } });
    } else {
      ({ id } = await tx.survey.create({ data: { ...content, createdById: actor.id }, select: { id: true } }));
    }
    // Question ids come from the builder; one naming another survey's question is refused, not merged.
    const taken = await tx.surveyQuestion.count({
      where: { id: { in: input.questions.map((question) => question.id) }, surveyId: { not: id } },
    });
    if (taken > 0) throw new ActionError("INVALID", "validation.invalid");
    if (input.questions.length > 0) {
      await tx.surveyQuestion.createMany({
        data: input.questions.map((question, index) => ({ ...toQuestionData(question, index + 1), surveyId: id })),
      });
    }
    return { id };
  });
}

/** How many active members a segment reaches now. */
export function countSegmentMembers(segment: TSegment): Promise<number> {
  return db.member.count({ where: segmentWhere(segment) });
}

/** Region names to suggest: those of the offices and of the members, each once, in alphabetical order. */
export async function knownRegions(): Promise<string[]> {
  const [offices, members] = await Promise.all([
    db.office.findMany({ distinct: ["region"], select: { region: true } }),
    db.member.findMany({
      where: { region: { not: null }, status: "ACTIVE" },
      distinct: ["region"],
      select: { region: true },
      take: 500,
    }),
  ]);
  const names = [...offices.map((office) => office.region), ...members.map((member) => member.region ?? "")]
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, "ru"));
}
