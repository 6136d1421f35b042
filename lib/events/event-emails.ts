import "server-only";

import { MEMBER_LANGUAGE_SELECT, memberLocale } from "@/lib/club/member-select";
import { appUrl } from "@/lib/config";
import { enqueueEmail } from "@/lib/email/outbox";
import { emailTexts } from "@/lib/email/templates/email-texts";
import type { TEventNoticeKind } from "@/lib/email/templates/event-notice";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format-date";
import type { TLocale } from "@/lib/i18n/locales";
import { placeLine } from "@/lib/i18n/person-name";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

import { buildEventIcs, ICS_CONTENT_TYPE } from "./ics";

/** What of an event its emails and invites need. */
export const EVENT_EMAIL_SELECT = {
  id: true,
  title: true,
  description: true,
  city: true,
  address: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.ClubEventSelect;

export type TEventForEmail = Prisma.ClubEventGetPayload<{ select: typeof EVENT_EMAIL_SELECT }>;

/** Club events are announced in Moscow time, the time of the club's office; the zone is named. */
export function formatEventTime(locale: TLocale, startsAt: Date): string {
  const time = formatDate(startsAt, locale, { dateStyle: "long", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE });
  return emailTexts(locale, "eventNotice")("moscowTime", { time });
}

export function eventPlace(event: Pick<TEventForEmail, "city" | "address" | "onlineUrl">, locale: TLocale): string {
  if (event.address) return placeLine(event.city, event.address);
  return emailTexts(locale, "eventNotice")("online", { url: event.onlineUrl ?? "" });
}

/** The event as a calendar entry; the UID stays the same for every invite of the event. */
export function eventIcs(event: TEventForEmail, now: Date = new Date()): string {
  const host = new URL(appUrl()).hostname;
  return buildEventIcs({
    uid: `club-event-${event.id}@${host}`,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.address ? placeLine(event.city, event.address) : null,
    url: event.onlineUrl ?? `${appUrl()}/events`,
    stampedAt: now,
  });
}

const WITH_INVITE: ReadonlySet<TEventNoticeKind> = new Set(["accepted", "promoted", "reminder"]);

/** What of a member an event notice needs: where to, whom to greet, and the language they joined the club in. */
export const EVENT_NOTICE_MEMBER_SELECT = {
  email: true,
  firstName: true,
  ...MEMBER_LANGUAGE_SELECT,
} satisfies Prisma.MemberSelect;

type TNoticeMember = { email: string; firstName: string; application: { locale: string } | null };

/**
 * Enqueues one notice about an event to a member, in the caller's transaction; places come with the invite.
 * In `locale` when the member is acting in the portal themselves, otherwise (a place freed by someone else, a
 * reminder, staff's decision) in the language of their membership questionnaire.
 */
export async function enqueueEventNotice(
  tx: Prisma.TransactionClient,
  kind: TEventNoticeKind,
  event: TEventForEmail,
  member: TNoticeMember,
  locale: TLocale = memberLocale(member),
) {
  await enqueueEmail(
    tx,
    {
      template: `event-${kind}`,
      to: member.email,
      locale,
      data: {
        name: member.firstName,
        title: event.title,
        when: formatEventTime(locale, event.startsAt),
        place: eventPlace(event, locale),
        eventsUrl: `${appUrl()}/events`,
      },
    },
    WITH_INVITE.has(kind)
      ? { attachments: [{ filename: "event.ics", contentType: ICS_CONTENT_TYPE, content: eventIcs(event) }] }
      : {},
  );
}
