import type { TLocale } from "@/lib/i18n/locales";

import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

export type TCaseLinkData = {
  /** First name and patronymic. */
  name: string;
  caseNumber: string;
  /** The applicant's new status link; the one before it no longer opens the case. */
  statusUrl: string;
  /** The same link again, not a new one: the applicant filed a similar complaint (lib/cases/similar-complaint.ts). */
  isReminder?: boolean;
};

function CaseLinkEmail({ locale, data }: { locale: TLocale; data: TCaseLinkData }) {
  const t = emailTexts(locale, "caseLink");
  const subject = t(data.isReminder ? "reminderSubject" : "subject", { number: data.caseNumber });
  return (
    <EmailLayout locale={locale} preview={subject} isReplyable>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t(data.isReminder ? "reminderBody" : "body", { number: data.caseNumber })}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {caseWords(locale, data.caseNumber).openPage}
      </EmailAction>
      <EmailText>{t(data.isReminder ? "reminderKeep" : "keep")}</EmailText>
      {data.isReminder ? null : <EmailText>{t("unexpected")}</EmailText>}
    </EmailLayout>
  );
}

export function caseLinkEmail(locale: TLocale, data: TCaseLinkData): TEmailContent {
  return {
    subject: emailTexts(locale, "caseLink")(data.isReminder ? "reminderSubject" : "subject", {
      number: data.caseNumber,
    }),
    element: <CaseLinkEmail locale={locale} data={data} />,
  };
}
