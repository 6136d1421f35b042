import type { TLocale } from "@/lib/i18n/locales";

import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";
import { EmailAction, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCaseReplyData = {
  /** The subject staff wrote, placeholders filled, carrying the case number. */
  subject: string;
  /** The reply as staff wrote it, placeholders filled: plain text, paragraphs split by blank lines. */
  body: string;
  /** The applicant's status link: the same one every email about the case carries. */
  statusUrl: string;
};

function CaseReplyEmail({ locale, data }: { locale: TLocale; data: TCaseReplyData }) {
  const t = emailTexts(locale, "common");
  const paragraphs = data.body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <EmailLayout locale={locale} preview={data.subject} isReplyable>
      {paragraphs.map((paragraph, index) => (
        <EmailText key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </EmailText>
      ))}
      <EmailAction locale={locale} href={data.statusUrl}>
        {caseWords(locale, data.subject.match(/[ЖРОЧ]-\d{4}-\d{6,}/)?.[0] ?? "").openPage}
      </EmailAction>
      <EmailText>{t("linkNote")}</EmailText>
    </EmailLayout>
  );
}

export function caseReplyEmail(locale: TLocale, data: TCaseReplyData): TEmailContent {
  return { subject: data.subject, element: <CaseReplyEmail locale={locale} data={data} /> };
}
