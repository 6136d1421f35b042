import "server-only";

import { randomInt } from "node:crypto";

import { ActionError } from "@/lib/action/action-error";
import { isInSegment, parseSegment, SEGMENT_MEMBER_SELECT, toSegmentMember } from "@/lib/club/segment";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TLocale } from "@/lib/i18n/locales";

import { enqueueEventNotice, EVENT_EMAIL_SELECT, EVENT_NOTICE_MEMBER_SELECT } from "./event-emails";
import { parseScreening, type TApplyToEventInput } from "./schemas";

type TTx = Prisma.TransactionClient;

/**
 * Applications to one event queue behind its row lock: 20 people applying for the last place at once are
 * served one after another, each counting the places the ones before took. Long enough for such a queue.
 */
export const EVENT_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/** Locks the event's row for the rest of the transaction and reads it. */
export async function lockEvent(tx: TTx, eventId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ClubEvent" WHERE id = ${eventId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new ActionError("NOT_FOUND", "events.errors.notFound");
  return tx.clubEvent.findUniqueOrThrow({
    where: { id: eventId },
    select: { ...EVENT_EMAIL_SELECT, status: true, capacity: true, segment: true, screening: true },
  });
}

// No 0/O or 1/I: the code is read aloud at the door.
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function newCheckInCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

async function acceptedCount(tx: TTx, eventId: string): Promise<number> {
  return tx.eventRegistration.count({ where: { eventId, status: "ACCEPTED" } });
}

const MEMBER_CONTACT = { select: EVENT_NOTICE_MEMBER_SELECT } as const;

/**
 * A member applies. Without screening questions the place is taken at once if one is free, otherwise the
 * member joins the waiting list; with screening the application waits for staff. All under the event's lock.
 */
export async function applyToEvent(
  memberId: string,
  input: { eventId: string; answers: Record<string, string> },
  locale: TLocale,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (event.status !== "PUBLISHED" || event.startsAt <= now)
      throw new ActionError("CONFLICT", "events.errors.closed");
    const member = await tx.member.findUniqueOrThrow({
      where: { id: memberId },
      select: {
        ...SEGMENT_MEMBER_SELECT,
        email: true,
        firstName: true,
        status: true,
        application: { select: { services: true, locale: true } },
      },
    });
    if (member.status !== "ACTIVE" || !isInSegment(toSegmentMember(member), parseSegment(event.segment))) {
      throw new ActionError("FORBIDDEN", "events.errors.notEligible");
    }
    const screening = parseScreening(event.screening);
    const answers: Record<string, string> = {};
    for (const question of screening) {
      const answer = input.answers[question.id]?.trim();
      if (!answer) throw new ActionError("INVALID", "events.errors.answerAll", {}, `answers.${question.id}`);
      answers[question.id] = answer;
    }

    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_memberId: { eventId: event.id, memberId } },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "CANCELLED") throw new ActionError("CONFLICT", "events.errors.alreadyApplied");

    const status: "PENDING" | "ACCEPTED" | "WAITLISTED" =
      screening.length > 0
        ? "PENDING"
        : (await acceptedCount(tx, event.id)) < event.capacity
          ? "ACCEPTED"
          : "WAITLISTED";
    const data = {
      status,
      screeningAnswers: answers,
      acceptedAt: status === "ACCEPTED" ? now : null,
      waitlistedAt: status === "WAITLISTED" ? now : null,
      cancelledAt: null,
      attendedAt: null,
    } as const;
    const registration = existing
      ? await tx.eventRegistration.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.eventRegistration.create({
          data: { ...data, eventId: event.id, memberId, checkInCode: newCheckInCode() },
          select: { id: true },
        });

    if (status === "ACCEPTED") await enqueueEventNotice(tx, "accepted", event, member, locale);
    if (status === "WAITLISTED") await enqueueEventNotice(tx, "waitlisted", event, member, locale);
    return { registrationId: registration.id, status };
  }, EVENT_TX);
}

export type TApplyResult = Awaited<ReturnType<typeof applyToEvent>>;
export type { TApplyToEventInput };

/** The earliest waiting member takes a freed place (if there is one), in the caller's transaction. */
async function promoteFromWaitlist(tx: TTx, event: Awaited<ReturnType<typeof lockEvent>>, now: Date) {
  if ((await acceptedCount(tx, event.id)) >= event.capacity) return null;
  const next = await tx.eventRegistration.findFirst({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, member: MEMBER_CONTACT },
  });
  if (!next) return null;
  await tx.eventRegistration.update({ where: { id: next.id }, data: { status: "ACCEPTED", acceptedAt: now } });
  await enqueueEventNotice(tx, "promoted", event, next.member);
  return next.id;
}

/**
 * Cancels a place, by the member (`memberId` given: only their own) or by staff. A freed accepted place goes
 * to the earliest member on the waiting list, in the same transaction, and they are told by email.
 */
export async function cancelRegistration(
  registrationId: string,
  options: { memberId?: string } = {},
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const found = await tx.eventRegistration.findUnique({
      where: { id: registrationId },
      select: { eventId: true, memberId: true },
    });
    if (!found || (options.memberId && found.memberId !== options.memberId))
      throw new ActionError("NOT_FOUND", "events.errors.notFound");
    const event = await lockEvent(tx, found.eventId);
    // Read again under the lock: a concurrent cancel or decision may have changed it.
    const registration = await tx.eventRegistration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { status: true },
    });
    if (registration.status === "CANCELLED" || registration.status === "DECLINED") return { promotedId: null };
    await tx.eventRegistration.update({
      where: { id: registrationId },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    const promotedId =
      registration.status === "ACCEPTED" && event.status === "PUBLISHED"
        ? await promoteFromWaitlist(tx, event, now)
        : null;
    return { promotedId };
  }, EVENT_TX);
}

/** Staff decide on an application of an event with screening: accepted if a place is free, else waitlisted; or declined. */
export async function decideRegistration(
  input: { registrationId: string; decision: "ACCEPT" | "DECLINE" },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const found = await tx.eventRegistration.findUnique({
      where: { id: input.registrationId },
      select: { eventId: true },
    });
    if (!found) throw new ActionError("NOT_FOUND", "events.errors.notFound");
    const event = await lockEvent(tx, found.eventId);
    const registration = await tx.eventRegistration.findUniqueOrThrow({
      where: { id: input.registrationId },
      select: { status: true, member: MEMBER_CONTACT },
    });
    if (registration.status !== "PENDING" && registration.status !== "WAITLISTED")
      throw new ActionError("CONFLICT", "events.errors.decided");

    if (input.decision === "DECLINE") {
      await tx.eventRegistration.update({ where: { id: input.registrationId }, data: { status: "DECLINED" } });
      await enqueueEventNotice(tx, "declined", event, registration.member);
      return { status: "DECLINED" as const };
    }
    if (registration.status === "WAITLISTED" && (await acceptedCount(tx, event.id)) >= event.capacity) {
      throw new ActionError("CONFLICT", "events.errors.full");
    }
    const status =
      (await acceptedCount(tx, event.id)) < event.capacity ? ("ACCEPTED" as const) : ("WAITLISTED" as const);
    if (status === registration.status) return { status };
    await tx.eventRegistration.update({
      where: { id: input.registrationId },
      data: status === "ACCEPTED" ? { status, acceptedAt: now } : { status, waitlistedAt: now },
    });
    await enqueueEventNotice(tx, status === "ACCEPTED" ? "accepted" : "waitlisted", event, registration.member);
    return { status };
  }, EVENT_TX);
}

/**
 * Gives up every place and application a member holds for events still ahead (when they leave the club):
 * each freed place goes to the waiting list as on any cancellation.
 */
export async function cancelMemberRegistrations(memberId: string, now = new Date()): Promise<number> {
  const open = await db.eventRegistration.findMany({
    where: { memberId, status: { in: ["ACCEPTED", "WAITLISTED", "PENDING"] }, event: { startsAt: { gt: now } } },
    select: { id: true },
  });
  for (const registration of open) await cancelRegistration(registration.id, { memberId }, now);
  return open.length;
}
