import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TIdeaAnsweredData = { name: string; title: string; status: IdeaStatus; answer: string; ideasUrl: string };

const TEXTS = {
  ru: {
    subject: (title: string) => `Ответ на ваше предложение: ${title}`,
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: "Спасибо за ваше предложение. Мы его рассмотрели.",
    status: (status: string) => `Статус: ${status}`,
    answer: "Наш ответ:",
    action: "Все предложения",
    statuses: {
      PROPOSED: "предложено",
      UNDER_REVIEW: "на рассмотрении",
      ACCEPTED: "принято",
      PLANNED: "запланировано",
      DONE: "сделано",
      DECLINED: "отклонено",
    },
  },
  en: {
    subject: (title: string) => `An answer to your proposal: ${title}`,
    greeting: (name: string) => `Hello, ${name}!`,
    intro: "Thank you for your proposal. We have considered it.",
    status: (status: string) => `Status: ${status}`,
    answer: "Our answer:",
    action: "All proposals",
    statuses: {
      PROPOSED: "proposed",
      UNDER_REVIEW: "under review",
      ACCEPTED: "accepted",
      PLANNED: "planned",
      DONE: "done",
      DECLINED: "declined",
    },
  },
} satisfies Record<TLocale, unknown>;

function IdeaAnsweredEmail({ locale, data }: { locale: TLocale; data: TIdeaAnsweredData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.title)}>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{t.intro}</EmailText>
      <EmailText>{data.title}</EmailText>
      <EmailText>{t.status(t.statuses[data.status])}</EmailText>
      <EmailText>{t.answer}</EmailText>
      <EmailText>{data.answer}</EmailText>
      <EmailAction locale={locale} href={data.ideasUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function ideaAnsweredEmail(locale: TLocale, data: TIdeaAnsweredData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.title), element: <IdeaAnsweredEmail locale={locale} data={data} /> };
}
