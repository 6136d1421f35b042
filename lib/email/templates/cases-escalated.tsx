import type { TLocale } from "@/lib/i18n/locales";

import { DeadlineCaseList, type TDeadlineCase } from "./deadline-digest";
import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCasesEscalatedData = { cases: TDeadlineCase[]; total: number; consoleUrl: string };

function CasesEscalatedEmail({ locale, data }: { locale: TLocale; data: TCasesEscalatedData }) {
  const t = emailTexts(locale, "casesEscalated");
  return (
    <EmailLayout locale={locale} preview={t("subject", { count: data.total })}>
      <EmailHeading>{t("heading")}</EmailHeading>
      <EmailText>{t("body")}</EmailText>
      <DeadlineCaseList
        locale={locale}
        title={t("list", { count: data.total })}
        cases={data.cases}
        total={data.total}
      />
      <EmailAction locale={locale} href={data.consoleUrl}>
        {emailTexts(locale, "common")("openConsole")}
      </EmailAction>
    </EmailLayout>
  );
}

export function casesEscalatedEmail(locale: TLocale, data: TCasesEscalatedData): TEmailContent {
  return {
    subject: emailTexts(locale, "casesEscalated")("subject", { count: data.total }),
    element: <CasesEscalatedEmail locale={locale} data={data} />,
  };
}
