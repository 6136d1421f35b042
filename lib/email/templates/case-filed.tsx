import type { TLocale } from "@/lib/i18n/locales";

import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

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

function CaseFiledEmail({ locale, data }: { locale: TLocale; data: TCaseFiledData }) {
  const t = emailTexts(locale, "caseFiled");
  const number = data.caseNumber;
  const words = caseWords(locale, number);
  return (
    <EmailLayout locale={locale} preview={filedSubject(locale, number)}>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{data.isJoined ? t("joined", { number }) : t("received", { kind: data.kind, number })}</EmailText>
      <EmailText>{data.dueDate ? t("due", { date: data.dueDate }) : t("noDue")}</EmailText>
      <EmailText>{t("follow")}</EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {words.openPage}
      </EmailAction>
    </EmailLayout>
  );
}

/** «Ваше заявление на розыск зарегистрировано: Р-2026-000045»: the case's own noun, and the reader's («ваше»). */
function filedSubject(locale: TLocale, number: string): string {
  return emailTexts(locale, "caseFiled")("subject", { number, kind: caseWords(locale, number).kind });
}

export function caseFiledEmail(locale: TLocale, data: TCaseFiledData): TEmailContent {
  return {
    subject: filedSubject(locale, data.caseNumber),
    element: <CaseFiledEmail locale={locale} data={data} />,
  };
}
