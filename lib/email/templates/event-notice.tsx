import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

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

type TTexts = { subject: (title: string) => string; body: string; invite?: string };

const TEXTS: Record<TLocale, Record<TEventNoticeKind, TTexts> & Record<"greeting" | "when" | "place", (value: string) => string> & { action: string }> = {
  ru: {
    accepted: {
      subject: (title) => `Вы записаны: ${title}`,
      body: "Ваше место подтверждено. Ждём вас.",
      invite: "Приглашение для календаря — во вложении (файл .ics).",
    },
    waitlisted: {
      subject: (title) => `Вы в листе ожидания: ${title}`,
      body: "Свободных мест сейчас нет, и вы в листе ожидания. Если кто-то откажется, место перейдёт к вам, и мы сразу напишем.",
    },
    promoted: {
      subject: (title) => `Освободилось место: ${title}`,
      body: "Один из участников отказался, и место перешло к вам из листа ожидания. Ваше место подтверждено.",
      invite: "Приглашение для календаря — во вложении (файл .ics).",
    },
    declined: {
      subject: (title) => `Заявка не принята: ${title}`,
      body: "К сожалению, на этот раз мы не можем пригласить вас. Спасибо за интерес — будем рады видеть вас на других встречах Клуба.",
    },
    cancelled: {
      subject: (title) => `Встреча отменена: ${title}`,
      body: "К сожалению, встреча отменена. Приносим извинения. О новых встречах мы сообщим.",
    },
    reminder: {
      subject: (title) => `Напоминание: завтра ${title}`,
      body: "Напоминаем о встрече, на которую вы записаны. Если не сможете прийти, отмените запись — место получит другой участник.",
    },
    greeting: (name) => `Здравствуйте, ${name}!`,
    when: (value) => `Когда: ${value}`,
    place: (value) => `Где: ${value}`,
    action: "Мои встречи",
  },
  en: {
    accepted: {
      subject: (title) => `You are registered: ${title}`,
      body: "Your place is confirmed. We look forward to seeing you.",
      invite: "A calendar invite is attached (an .ics file).",
    },
    waitlisted: {
      subject: (title) => `You are on the waiting list: ${title}`,
      body: "There are no free places now, so you are on the waiting list. If someone cancels, the place goes to you and we will write at once.",
    },
    promoted: {
      subject: (title) => `A place is free: ${title}`,
      body: "A participant cancelled and the place has passed to you from the waiting list. Your place is confirmed.",
      invite: "A calendar invite is attached (an .ics file).",
    },
    declined: {
      subject: (title) => `Application not accepted: ${title}`,
      body: "Unfortunately we cannot invite you this time. Thank you for your interest; you are welcome at other club meetings.",
    },
    cancelled: {
      subject: (title) => `Meeting cancelled: ${title}`,
      body: "Unfortunately the meeting has been cancelled. We apologise. We will let you know about new meetings.",
    },
    reminder: {
      subject: (title) => `Reminder: ${title} is tomorrow`,
      body: "A reminder of the meeting you are registered for. If you cannot come, cancel your place so that another member gets it.",
    },
    greeting: (name) => `Hello, ${name}!`,
    when: (value) => `When: ${value}`,
    place: (value) => `Where: ${value}`,
    action: "My meetings",
  },
};

function EventNoticeEmail({ locale, kind, data }: { locale: TLocale; kind: TEventNoticeKind; data: TEventNoticeData }) {
  const t = TEXTS[locale];
  const texts = t[kind];
  return (
    <EmailLayout locale={locale} preview={texts.subject(data.title)}>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{data.title}</EmailText>
      <EmailText>{texts.body}</EmailText>
      <EmailText>{t.when(data.when)}</EmailText>
      <EmailText>{t.place(data.place)}</EmailText>
      {texts.invite ? <EmailText>{texts.invite}</EmailText> : null}
      <EmailAction locale={locale} href={data.eventsUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function eventNoticeEmail(locale: TLocale, kind: TEventNoticeKind, data: TEventNoticeData): TEmailContent {
  return { subject: TEXTS[locale][kind].subject(data.title), element: <EventNoticeEmail locale={locale} kind={kind} data={data} /> };
}
