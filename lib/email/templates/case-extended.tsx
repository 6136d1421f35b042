import type { TLocale } from "@/lib/i18n/locales";

import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

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

// Worded as the case-status email's notice of an extension (email.caseStatus in the catalogue).
function CaseExtendedEmail({ locale, data }: { locale: TLocale; data: TCaseExtendedData }) {
  const t = emailTexts(locale, "caseStatus");
  const common = emailTexts(locale, "common");
  const words = caseWords(locale, data.caseNumber);
  return (
    <EmailLayout locale={locale} preview={extendedSubject(locale, data.caseNumber)} isReplyable>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t("notices.EXTENDED.body", { number: data.caseNumber, date: data.dueDate })}</EmailText>
      <EmailText>{t("reason", { reason: data.reason })}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {words.openPage}
      </EmailAction>
      <EmailText>{common("linkNote")}</EmailText>
    </EmailLayout>
  );
}

function extendedSubject(locale: TLocale, number: string): string {
  return emailTexts(locale, "caseStatus")("notices.EXTENDED.subject", { number, ...caseWords(locale, number) });
}

export function caseExtendedEmail(locale: TLocale, data: TCaseExtendedData): TEmailContent {
  return {
    subject: extendedSubject(locale, data.caseNumber),
    element: <CaseExtendedEmail locale={locale} data={data} />,
  };
}
