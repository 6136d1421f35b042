import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCaseExtendedData = {
  name: string;
  caseNumber: string;
  /** The reason staff gave: the law requires the notice to state it. */
  reason: string;
  /** The new deadline, formatted in the office's time zone. */
  dueDate: string;
  /** The applicant's status link: the same one every email about the case carries. */
  statusUrl: string;
};

const TEXTS = {
  ru: {
    subject: (number: string) => `Срок ответа по обращению ${number} продлён`,
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    body: (number: string, date: string) => `Срок рассмотрения вашего обращения ${number} продлён до ${date}.`,
    reason: (reason: string) => `Причина: ${reason}`,
    action: "Открыть страницу обращения",
    linkNote: "Ссылка личная, та же, что в прежних письмах, — не пересылайте её. Чтобы ответить, просто ответьте на это письмо.",
  },
  en: {
    subject: (number: string) => `The answer to case ${number} is extended`,
    greeting: (name: string) => `Hello, ${name}!`,
    body: (number: string, date: string) => `The time to answer your case ${number} has been extended to ${date}.`,
    reason: (reason: string) => `Reason: ${reason}`,
    action: "Open the case page",
    linkNote: "The link is personal and the same as in earlier emails — do not forward it. To answer, simply reply to this email.",
  },
};

function CaseExtendedEmail({ locale, data }: { locale: TLocale; data: TCaseExtendedData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.caseNumber)} isReplyable>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{t.body(data.caseNumber, data.dueDate)}</EmailText>
      <EmailText>{t.reason(data.reason)}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {t.action}
      </EmailAction>
      <EmailText>{t.linkNote}</EmailText>
    </EmailLayout>
  );
}

export function caseExtendedEmail(locale: TLocale, data: TCaseExtendedData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.caseNumber), element: <CaseExtendedEmail locale={locale} data={data} /> };
}
