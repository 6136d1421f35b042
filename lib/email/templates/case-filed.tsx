import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCaseFiledData = {
  name: string;
  caseNumber: string;
  /** "COMPLAINT" | "CLAIM" | …, for the wording. */
  kind: "COMPLAINT" | "CLAIM" | "RATING" | "QUEUE_REPORT";
  statusUrl: string;
  /** The answer's deadline, already formatted in the office's time zone; null when there is none (an office rating). */
  dueDate: string | null;
  /** A second claimant whose claim joined an open case. */
  isJoined: boolean;
};

const KIND = {
  ru: { COMPLAINT: "обращение", CLAIM: "заявление на розыск", RATING: "оценку", QUEUE_REPORT: "сообщение об очереди" },
  en: { COMPLAINT: "appeal", CLAIM: "search claim", RATING: "rating", QUEUE_REPORT: "queue report" },
};

const TEXTS = {
  ru: {
    subject: (number: string) => `Ваше обращение зарегистрировано: ${number}`,
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    received: (kind: string, number: string) => `Мы получили ваше ${kind} и зарегистрировали его под номером ${number}.`,
    joined: (number: string) =>
      `По этому почтовому отправлению уже идёт розыск. Ваше заявление присоединено к делу ${number}: вы будете получать ответы по нему.`,
    due: (date: string) => `Ответ будет направлен на этот адрес не позднее ${date}.`,
    noDue: "Срок ответа для оценки работы отделения не установлен: её получит руководитель отделения.",
    follow: "По ссылке ниже можно следить за ходом рассмотрения, добавить сведения и файлы. Ссылка личная — не пересылайте её.",
    action: "Открыть страницу обращения",
  },
  en: {
    subject: (number: string) => `Your case is registered: ${number}`,
    greeting: (name: string) => `Hello, ${name}!`,
    received: (kind: string, number: string) => `We have received your ${kind} and registered it as ${number}.`,
    joined: (number: string) =>
      `A search for this item is already under way. Your claim has been joined to case ${number}: you will receive its answers.`,
    due: (date: string) => `The answer will be sent to this address no later than ${date}.`,
    noDue: "A rating of an office has no answer deadline: it goes to the office's head.",
    follow: "Follow the case, add information and files through the link below. The link is personal — do not forward it.",
    action: "Open the case page",
  },
};

function CaseFiledEmail({ locale, data }: { locale: TLocale; data: TCaseFiledData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.caseNumber)}>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{data.isJoined ? t.joined(data.caseNumber) : t.received(KIND[locale][data.kind], data.caseNumber)}</EmailText>
      <EmailText>{data.dueDate ? t.due(data.dueDate) : t.noDue}</EmailText>
      <EmailText>{t.follow}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function caseFiledEmail(locale: TLocale, data: TCaseFiledData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.caseNumber), element: <CaseFiledEmail locale={locale} data={data} /> };
}
