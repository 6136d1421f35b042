import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCaseLinkData = {
  /** First name and patronymic. */
  name: string;
  caseNumber: string;
  /** The applicant's new status link; the one before it no longer opens the case. */
  statusUrl: string;
};

const TEXTS = {
  ru: {
    subject: (number: string) => `Новая ссылка на обращение ${number}`,
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    body: (number: string) =>
      `По вашей просьбе мы выдали новую ссылку на страницу обращения ${number}. Прежняя ссылка больше не открывает обращение — даже у тех, кому её переслали.`,
    action: "Открыть страницу обращения",
    keep: "Сохраните это письмо: дальше по обращению будет приходить эта ссылка. Она личная — не пересылайте её.",
    unexpected:
      "Если вы не просили новую ссылку, её запросил кто-то, у кого была прежняя. Теперь она у него не работает, а ваша новая ссылка — только в этом письме.",
  },
  en: {
    subject: (number: string) => `A new link to case ${number}`,
    greeting: (name: string) => `Hello, ${name}!`,
    body: (number: string) =>
      `As you asked, we have issued a new link to the page of case ${number}. The previous link no longer opens the case, whoever it was forwarded to.`,
    action: "Open the case page",
    keep: "Keep this email: later emails about the case will carry this link. It is personal — do not forward it.",
    unexpected:
      "If you did not ask for a new link, someone who had the previous one did. It no longer works for them, and your new link is only in this email.",
  },
};

function CaseLinkEmail({ locale, data }: { locale: TLocale; data: TCaseLinkData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.caseNumber)} isReplyable>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{t.body(data.caseNumber)}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {t.action}
      </EmailAction>
      <EmailText>{t.keep}</EmailText>
      <EmailText>{t.unexpected}</EmailText>
    </EmailLayout>
  );
}

export function caseLinkEmail(locale: TLocale, data: TCaseLinkData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.caseNumber), element: <CaseLinkEmail locale={locale} data={data} /> };
}
