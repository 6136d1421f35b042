import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

/** What happened to a member's place at a club event (or to the event). */
export type TEventNoticeKind = "accepted" | "waitlisted" | "promoted" | "declined" | "cancelled" | "reminder";

export type TEventNoticeData = {
  name: string;
  title: string;
  /** Date and time, formatted in Moscow time. */
  when: string;
  /** The address, or the words "online" with the link. */
  place: string;
  /** The member's events page. */
  eventsUrl: string;
};

/** The notices that confirm a place, whose text points to the calendar invite the sender attaches. */
const MENTIONS_INVITE: ReadonlySet<TEventNoticeKind> = new Set(["accepted", "promoted"]);

function EventNoticeEmail({ locale, kind, data }: { locale: TLocale; kind: TEventNoticeKind; data: TEventNoticeData }) {
  const t = emailTexts(locale, "eventNotice");
  return (
    <EmailLayout locale={locale} preview={t(`${kind}.subject`, { title: data.title })}>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{data.title}</EmailText>
      <EmailText>{t(`${kind}.body`)}</EmailText>
      <EmailText>{t("when", { when: data.when })}</EmailText>
      <EmailText>{t("place", { place: data.place })}</EmailText>
      {MENTIONS_INVITE.has(kind) ? <EmailText>{t("invite")}</EmailText> : null}
      <EmailAction locale={locale} href={data.eventsUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function eventNoticeEmail(locale: TLocale, kind: TEventNoticeKind, data: TEventNoticeData): TEmailContent {
  return {
    subject: emailTexts(locale, "eventNotice")(`${kind}.subject`, { title: data.title }),
    element: <EventNoticeEmail locale={locale} kind={kind} data={data} />,
  };
}
