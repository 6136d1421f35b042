import "server-only";

import { db } from "@/lib/db";

import { enqueueEventNotice, EVENT_EMAIL_SELECT, EVENT_NOTICE_MEMBER_SELECT } from "./event-emails";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds members with a place of the published events starting within the next 24 hours, once per event.
 * The event is claimed by a conditional update (reminderSentAt still empty) in the same transaction as its
 * emails, so two workers running at once remind once: the second finds the event already claimed.
 */
export async function sendEventReminders(now = new Date()): Promise<{ events: number; emails: number }> {
  const due = await db.clubEvent.findMany({
    where: { status: "PUBLISHED", reminderSentAt: null, startsAt: { gt: now, lte: new Date(now.getTime() + DAY_MS) } },
    select: { id: true },
  });
  let events = 0;
  let emails = 0;
  for (const { id } of due) {
    emails += await db.$transaction(async (tx) => {
      const claimed = await tx.clubEvent.updateMany({
        where: { id, reminderSentAt: null, status: "PUBLISHED" },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return 0;
      events += 1;
      const event = await tx.clubEvent.findUniqueOrThrow({ where: { id }, select: EVENT_EMAIL_SELECT });
      const registrations = await tx.eventRegistration.findMany({
        where: { eventId: id, status: "ACCEPTED", member: { status: "ACTIVE" } },
        select: { member: { select: EVENT_NOTICE_MEMBER_SELECT } },
      });
      for (const registration of registrations) await enqueueEventNotice(tx, "reminder", event, registration.member);
      return registrations.length;
    });
  }
  return { events, emails };
}
