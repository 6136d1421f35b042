import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { enqueueEventNotice, EVENT_NOTICE_MEMBER_SELECT } from "./event-emails";
import { EVENT_TX, lockEvent } from "./registrations";
import type { TSaveEvent } from "./schemas";

/** Creates an event (a draft) or edits one. A larger capacity lets members from the waiting list in at once. */
export async function saveEvent(input: TSaveEvent, actor: { id: string }, now = new Date()) {
  const data = {
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    city: input.city,
    address: input.address ?? null,
    onlineUrl: input.onlineUrl ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
    segment: input.segment,
    screening: input.screening,
  };
  if (!input.id) {
    return db.clubEvent.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
  }
  const eventId = input.id;
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "CANCELLED") throw new ActionError("CONFLICT", "events.errors.cancelled");
    // A new start time asks for a new reminder.
    const isMoved = event.startsAt.getTime() !== input.startsAt.getTime();
    await tx.clubEvent.update({
      where: { id: eventId },
      data: { ...data, ...(isMoved ? { reminderSentAt: null } : {}) },
    });
    if (event.status === "PUBLISHED") {
      const accepted = await tx.eventRegistration.count({ where: { eventId, status: "ACCEPTED" } });
      const waiting = await tx.eventRegistration.findMany({
        where: { eventId, status: "WAITLISTED" },
        orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        take: Math.max(0, input.capacity - accepted),
        select: { id: true, member: { select: EVENT_NOTICE_MEMBER_SELECT } },
      });
      const updated = { ...event, ...data };
      for (const registration of waiting) {
        await tx.eventRegistration.update({
          where: { id: registration.id },
          data: { status: "ACCEPTED", acceptedAt: now },
        });
        await enqueueEventNotice(tx, "promoted", updated, registration.member);
      }
    }
    return { id: eventId };
  }, EVENT_TX);
}

/** A draft becomes visible to members (and, for meetings, on the public list). */
export async function publishEvent(eventId: string, now = new Date()) {
  const { count } = await db.clubEvent.updateMany({
    where: { id: eventId, status: "DRAFT" },
    data: { status: "PUBLISHED", publishedAt: now },
  });
  if (count === 0) throw new ActionError("CONFLICT", "events.errors.notDraft");
  return { id: eventId };
}

/** Cancels the event; everyone with a place, on the waiting list or waiting for a decision is told. */
export async function cancelEvent(eventId: string) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "CANCELLED") return { notified: 0 };
    const registrations = await tx.eventRegistration.findMany({
      where: { eventId, status: { in: ["ACCEPTED", "WAITLISTED", "PENDING"] } },
      select: { id: true, member: { select: { ...EVENT_NOTICE_MEMBER_SELECT, status: true } } },
    });
    await tx.clubEvent.update({ where: { id: eventId }, data: { status: "CANCELLED" } });
    if (event.status !== "PUBLISHED") return { notified: 0 };
    let notified = 0;
    for (const registration of registrations) {
      if (registration.member.status !== "ACTIVE") continue;
      await enqueueEventNotice(tx, "cancelled", event, registration.member);
      notified += 1;
    }
    return { notified };
  }, EVENT_TX);
}
