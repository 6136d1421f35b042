import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TQueueReportData = {
  caseNumber: string;
  officeName: string;
  officePostcode: string;
  /** When it was reported, formatted in the office's time zone. */
  reportedAt: string;
  comment: string | null;
  consoleUrl: string;
};

const TEXTS = {
  ru: {
    subject: (postcode: string) => `Очередь больше 5 человек в отделении ${postcode}`,
    heading: "Сообщение об очереди",
    body: (office: string, postcode: string, at: string) =>
      `Клиент сообщил, что в отделении ${office} (${postcode}) в очереди больше 5 человек. Время сообщения: ${at}.`,
    comment: (text: string) => `Комментарий клиента: «${text}»`,
    ask: "Пожалуйста, откройте дополнительные окна обслуживания, если это возможно. Сообщение зарегистрировано:",
    action: "Открыть в консоли",
  },
  en: {
    subject: (postcode: string) => `A queue of more than 5 people at office ${postcode}`,
    heading: "Queue report",
    body: (office: string, postcode: string, at: string) =>
      `A customer reports more than 5 people in the queue at ${office} (${postcode}). Reported at ${at}.`,
    comment: (text: string) => `The customer's comment: "${text}"`,
    ask: "Please open more service windows if you can. The report is registered as:",
    action: "Open in the console",
  },
};

function QueueReportEmail({ locale, data }: { locale: TLocale; data: TQueueReportData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.officePostcode)}>
      <EmailHeading>{t.heading}</EmailHeading>
      <EmailText>{t.body(data.officeName, data.officePostcode, data.reportedAt)}</EmailText>
      {data.comment ? <EmailText>{t.comment(data.comment)}</EmailText> : null}
      <EmailText>
        {t.ask} {data.caseNumber}
      </EmailText>
      <EmailAction locale={locale} href={data.consoleUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function queueReportEmail(locale: TLocale, data: TQueueReportData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.officePostcode), element: <QueueReportEmail locale={locale} data={data} /> };
}
