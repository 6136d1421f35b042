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
};

function CaseLinkEmail({ locale, data }: { locale: TLocale; data: TCaseLinkData }) {
  const t = emailTexts(locale, "caseLink");
  return (
    <EmailLayout locale={locale} preview={t("subject", { number: data.caseNumber })} isReplyable>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t("body", { number: data.caseNumber })}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {caseWords(locale, data.caseNumber).openPage}
      </EmailAction>
      <EmailText>{t("keep")}</EmailText>
      <EmailText>{t("unexpected")}</EmailText>
    </EmailLayout>
  );
}

export function caseLinkEmail(locale: TLocale, data: TCaseLinkData): TEmailContent {
  return {
    subject: emailTexts(locale, "caseLink")("subject", { number: data.caseNumber }),
    element: <CaseLinkEmail locale={locale} data={data} />,
  };
}
