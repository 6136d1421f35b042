import "server-only";

import {
  isInSegment,
  parseSegment,
  SEGMENT_MEMBER_SELECT,
  segmentWhere,
  toSegmentMember,
  type TSegment,
} from "@/lib/club/segment";
import { db } from "@/lib/db";

import { parseScreening } from "./schemas";

const PUBLIC_EVENT_SELECT = {
  id: true,
  kind: true,
  title: true,
  description: true,
  city: true,
  address: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
} as const;

/** Upcoming published meetings for the public list, optionally in one town: no names, only free places. */
export async function listUpcomingMeetings(city: string | undefined, now = new Date()) {
  const where = { status: "PUBLISHED" as const, kind: "MEETING" as const, startsAt: { gt: now } };
  const [events, towns] = await Promise.all([
    db.clubEvent.findMany({
      where: { ...where, ...(city ? { city: { equals: city, mode: "insensitive" as const } } : {}) },
      orderBy: [{ startsAt: "asc" }],
      take: 100,
      select: { ...PUBLIC_EVENT_SELECT, _count: { select: { registrations: { where: { status: "ACCEPTED" } } } } },
    }),
    db.clubEvent.findMany({ where, distinct: ["city"], orderBy: { city: "asc" }, select: { city: true } }),
  ]);
  return {
    towns: towns.map((town) => town.city),
    meetings: events.map(({ _count, ...event }) => ({
      ...event,
      freePlaces: Math.max(0, event.capacity - _count.registrations),
    })),
  };
}

/** The member's events page: upcoming events they may apply for, and their own applications. */
export async function eventsForMember(memberId: string, now = new Date()) {
  const [member, events, registrations] = await Promise.all([
    db.member.findUniqueOrThrow({ where: { id: memberId }, select: SEGMENT_MEMBER_SELECT }),
    db.clubEvent.findMany({
      where: {
        status: "PUBLISHED",
        startsAt: { gt: now },
        registrations: { none: { memberId, status: { not: "CANCELLED" } } },
      },
      orderBy: [{ startsAt: "asc" }],
      take: 100,
      select: {
        ...PUBLIC_EVENT_SELECT,
        segment: true,
        screening: true,
        _count: { select: { registrations: { where: { status: "ACCEPTED" } } } },
      },
    }),
    memberRegistrations(memberId),
  ]);
  const segmentMember = toSegmentMember(member);
  const open = events
    .filter((event) => isInSegment(segmentMember, parseSegment(event.segment)))
    .map(({ _count, screening, ...event }) => ({
      ...event,
      segment: undefined,
      screening: parseScreening(screening),
      freePlaces: Math.max(0, event.capacity - _count.registrations),
    }));
  return { open, registrations };
}

/** A member's applications, newest events first (the account page and the events page). */
export async function memberRegistrations(memberId: string) {
  return db.eventRegistration.findMany({
    where: { memberId },
    orderBy: [{ event: { startsAt: "desc" } }],
    take: 100,
    select: {
      id: true,
      status: true,
      checkInCode: true,
      attendedAt: true,
      event: { select: { ...PUBLIC_EVENT_SELECT, status: true } },
    },
  });
}

/** The console's list of events with their numbers of places taken and waiting. */
export async function listEventsForStaff() {
  const events = await db.clubEvent.findMany({
    orderBy: [{ startsAt: "desc" }],
    take: 200,
    select: { id: true, kind: true, status: true, title: true, city: true, startsAt: true, capacity: true },
  });
  const counts = await db.eventRegistration.groupBy({
    by: ["eventId", "status"],
    where: { eventId: { in: events.map((event) => event.id) } },
    _count: { _all: true },
  });
  const countOf = (eventId: string, status: string) =>
    counts.find((row) => row.eventId === eventId && row.status === status)?._count._all ?? 0;
  return events.map((event) => ({
    ...event,
    accepted: countOf(event.id, "ACCEPTED"),
    waitlisted: countOf(event.id, "WAITLISTED"),
    pending: countOf(event.id, "PENDING"),
  }));
}

/** One event for staff: its settings and every application with the answers and the member's contact. */
export async function eventForStaff(eventId: string) {
  const event = await db.clubEvent.findUnique({
    where: { id: eventId },
    select: {
      ...PUBLIC_EVENT_SELECT,
      status: true,
      segment: true,
      screening: true,
      publishedAt: true,
      reminderSentAt: true,
      registrations: {
        orderBy: [{ createdAt: "asc" }],
        select: {
          id: true,
          status: true,
          screeningAnswers: true,
          attendedAt: true,
          waitlistedAt: true,
          createdAt: true,
          member: { select: { firstName: true, lastName: true, email: true, cardNumber: true } },
        },
      },
    },
  });
  if (!event) return null;
  return { ...event, segment: parseSegment(event.segment), screening: parseScreening(event.screening) };
}

/** How many active members an event's segment takes in (shown while staff choose it). */
export function countEligibleMembers(segment: TSegment): Promise<number> {
  return db.member.count({ where: segmentWhere(segment) });
}

/** A member's applications for the data export: the event, the status and times, the screening answers. */
export function memberEventData(memberId: string) {
  return db.eventRegistration.findMany({
    where: { memberId },
    orderBy: { createdAt: "asc" },
    select: {
      status: true,
      screeningAnswers: true,
      checkInCode: true,
      createdAt: true,
      acceptedAt: true,
      waitlistedAt: true,
      cancelledAt: true,
      attendedAt: true,
      event: { select: { title: true, city: true, startsAt: true } },
    },
  });
}
