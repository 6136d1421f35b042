import type { TLocale } from "@/lib/i18n/locales";

import { DeadlineCaseList, type TDeadlineCase } from "./deadline-digest";
import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCasesEscalatedData = { cases: TDeadlineCase[]; total: number; consoleUrl: string };

const TEXTS = {
  ru: {
    subject: (count: number) => `Просрочен срок ответа: ${count} — приоритет повышен до срочного`,
    heading: "Просроченные обращения",
    body: "Срок ответа по этим обращениям истёк. Им присвоен срочный приоритет; пожалуйста, проверьте, кто их ведёт.",
    list: (count: number) => `Обращений: ${count}`,
    action: "Открыть консоль",
  },
  en: {
    subject: (count: number) => `Answer deadline missed: ${count} — raised to urgent`,
    heading: "Overdue cases",
    body: "The answer deadline of these cases has passed. They are now urgent; please check who is working on them.",
    list: (count: number) => `Cases: ${count}`,
    action: "Open the console",
  },
};

function CasesEscalatedEmail({ locale, data }: { locale: TLocale; data: TCasesEscalatedData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject(data.total)}>
      <EmailHeading>{t.heading}</EmailHeading>
      <EmailText>{t.body}</EmailText>
      <DeadlineCaseList locale={locale} title={t.list(data.total)} cases={data.cases} total={data.total} />
      <EmailAction locale={locale} href={data.consoleUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function casesEscalatedEmail(locale: TLocale, data: TCasesEscalatedData): TEmailContent {
  return { subject: TEXTS[locale].subject(data.total), element: <CasesEscalatedEmail locale={locale} data={data} /> };
}
