import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TCaseReplyData = {
  /** The subject staff wrote, placeholders filled, carrying the case number. */
  subject: string;
  /** The reply as staff wrote it, placeholders filled: plain text, paragraphs split by blank lines. */
  body: string;
  /** The applicant's status link: the same one every email about the case carries. */
  statusUrl: string;
};

const TEXTS = {
  ru: {
    action: "Открыть страницу обращения",
    linkNote: "Ссылка личная, та же, что в прежних письмах, — не пересылайте её. Чтобы ответить, просто ответьте на это письмо.",
  },
  en: {
    action: "Open the case page",
    linkNote: "The link is personal and the same as in earlier emails — do not forward it. To answer, simply reply to this email.",
  },
};

function CaseReplyEmail({ locale, data }: { locale: TLocale; data: TCaseReplyData }) {
  const t = TEXTS[locale];
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
        {t.action}
      </EmailAction>
      <EmailText>{t.linkNote}</EmailText>
    </EmailLayout>
  );
}

export function caseReplyEmail(locale: TLocale, data: TCaseReplyData): TEmailContent {
  return { subject: data.subject, element: <CaseReplyEmail locale={locale} data={data} /> };
}
