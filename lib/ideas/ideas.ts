import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { MEMBER_LANGUAGE_SELECT, memberLocale } from "@/lib/club/member-select";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { IdeaStatus, ServiceArea } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { awardActivityPoints } from "@/lib/loyalty/award-activity-points";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { SERVICE_AREAS } from "./schemas";

/** Plenty for a person with ideas, too few to flood the list. */
const DAILY_LIMIT = { limit: 20, windowSeconds: 24 * 60 * 60 };

async function withinDailyLimit(kind: "idea" | "rating", memberId: string) {
  const { isAllowed } = await consumeRateLimit(`${kind}:member:${memberId}`, DAILY_LIMIT);
  if (!isAllowed) await recordSecurityEvent({ kind: "RATE_LIMITED", memberId, limit: kind });
  if (!isAllowed) throw new ActionError("RATE_LIMITED", "ideas.errors.tooMany");
}

export async function proposeIdea(memberId: string, input: { title: string; body: string; area: ServiceArea }) {
  await withinDailyLimit("idea", memberId);
  return db.idea.create({
    data: { authorId: memberId, title: input.title, body: input.body, area: input.area },
    select: { id: true },
  });
}

/** A member's rating of how things are now in one area; the member's region is kept for the figures by region. */
export async function rateArea(memberId: string, input: { area: ServiceArea; score: number; comment?: string }) {
  await withinDailyLimit("rating", memberId);
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { region: true } });
  return db.areaRating.create({
    data: { memberId, area: input.area, score: input.score, comment: input.comment ?? null, region: member.region },
    select: { id: true },
  });
}

/** Supports an idea once: the support row and the counter change together; a second support changes nothing. */
export async function supportIdea(memberId: string, ideaId: string) {
  return db.$transaction(async (tx) => {
    const idea = await tx.idea.findUnique({ where: { id: ideaId }, select: { id: true } });
    if (!idea) throw new ActionError("NOT_FOUND", "ideas.errors.notFound");
    const { count } = await tx.ideaSupport.createMany({ data: [{ ideaId, memberId }], skipDuplicates: true });
    if (count === 0) {
      const current = await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { supportCount: true } });
      return { supportCount: current.supportCount, isNew: false };
    }
    const updated = await tx.idea.update({
      where: { id: ideaId },
      data: { supportCount: { increment: 1 } },
      select: { supportCount: true },
    });
    return { supportCount: updated.supportCount, isNew: true };
  });
}

/** Statuses that mean the proposal was taken up: the author earns the PROPOSAL_ACCEPTED points (once per idea). */
const TAKEN_UP: ReadonlySet<IdeaStatus> = new Set(["ACCEPTED", "PLANNED", "DONE"]);

/**
 * Staff set an idea's status with a public answer; the author is told by email, in the language of their
 * membership questionnaire unless `locale` is given. Taking the proposal up
 * (accepted, or planned or done straight away) credits the author's points; the award is idempotent by the
 * idea, so later moves between these statuses never pay again.
 */
export async function answerIdea(
  input: { ideaId: string; status: IdeaStatus; publicAnswer: string },
  actor: { id: string },
  locale?: TLocale,
  now = new Date(),
) {
  const idea = await db.$transaction(async (tx) => {
    const found = await tx.idea.findUnique({
      where: { id: input.ideaId },
      select: {
        title: true,
        authorId: true,
        author: { select: { email: true, firstName: true, status: true, ...MEMBER_LANGUAGE_SELECT } },
      },
    });
    if (!found) throw new ActionError("NOT_FOUND", "ideas.errors.notFound");
    await tx.idea.update({
      where: { id: input.ideaId },
      data: { status: input.status, publicAnswer: input.publicAnswer, answeredAt: now, answeredById: actor.id },
    });
    if (found.author && found.author.status === "ACTIVE") {
      await enqueueEmail(tx, {
        template: "idea-answered",
        to: found.author.email,
        locale: locale ?? memberLocale(found.author),
        data: {
          name: found.author.firstName,
          title: found.title,
          status: input.status,
          answer: input.publicAnswer,
          ideasUrl: `${appUrl()}/ideas`,
        },
      });
    }
    return found;
  });
  const points =
    TAKEN_UP.has(input.status) && idea.authorId
      ? (await awardActivityPoints({ memberId: idea.authorId, activity: "PROPOSAL_ACCEPTED", reference: input.ideaId }))
          .points
      : 0;
  return { id: input.ideaId, points };
}

/** Ideas as members see them: no authors' names, whether this member supports each. */
export async function listIdeasForMember(memberId: string, sort: "support" | "new") {
  const ideas = await db.idea.findMany({
    orderBy: sort === "support" ? [{ supportCount: "desc" }, { createdAt: "desc" }] : [{ createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      body: true,
      area: true,
      status: true,
      publicAnswer: true,
      answeredAt: true,
      supportCount: true,
      createdAt: true,
      authorId: true,
      supports: { where: { memberId }, select: { memberId: true } },
    },
  });
  return ideas.map(({ supports, authorId, ...idea }) => ({
    ...idea,
    isSupported: supports.length > 0,
    isMine: authorId === memberId,
  }));
}

/** The console's table of ideas, by status and area. */
export async function listIdeasForStaff(filters: { status?: IdeaStatus; area?: ServiceArea }) {
  return db.idea.findMany({
    where: { status: filters.status, area: filters.area },
    orderBy: [{ createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      body: true,
      area: true,
      status: true,
      publicAnswer: true,
      supportCount: true,
      createdAt: true,
      author: { select: { firstName: true, lastName: true, cardNumber: true } },
    },
  });
}

/** The average rating and the number of ratings per area. */
export async function areaRatingAverages() {
  const rows = await db.areaRating.groupBy({ by: ["area"], _avg: { score: true }, _count: { _all: true } });
  return SERVICE_AREAS.map((area) => {
    const row = rows.find((item) => item.area === area);
    return { area, average: row?._avg.score ?? null, count: row?._count._all ?? 0 };
  });
}

/** A member's ideas, supports and ratings for the data export. */
export async function memberIdeaData(memberId: string) {
  const [proposed, supported, ratings] = await Promise.all([
    db.idea.findMany({
      where: { authorId: memberId },
      orderBy: { createdAt: "asc" },
      select: { title: true, body: true, area: true, status: true, publicAnswer: true, createdAt: true },
    }),
    db.ideaSupport.findMany({
      where: { memberId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, idea: { select: { title: true } } },
    }),
    db.areaRating.findMany({
      where: { memberId },
      orderBy: { createdAt: "asc" },
      select: { area: true, score: true, comment: true, region: true, createdAt: true },
    }),
  ]);
  return { proposed, supported, ratings };
}
