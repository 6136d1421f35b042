import { Link, Section, Text } from "@react-email/components";

import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { customerStatusLabel, inSentence, scoreLabels } from "@/lib/i18n/customer-status";
import type { TLocale } from "@/lib/i18n/locales";

import { noticeTexts, type TCaseNotice } from "./case-status-texts";
import { caseWords } from "./case-words";
import { emailTexts } from "./email-texts";
import { BRAND_BLUE, EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

export type { TCaseNotice } from "./case-status-texts";

export type TCaseStatusData = {
  notice: TCaseNotice;
  /** The case's status now, named in the customer's words (the status page's). */
  status: CaseStatus;
  /** The status the case left, where the wording depends on it; null when it does not. */
  from: CaseStatus | null;
  /** First name and patronymic. */
  name: string;
  caseNumber: string;
  /** The applicant's status link: the same one every email about the case carries. */
  statusUrl: string;
  /** The deadline in the office's time zone; null for a case without one (office ratings). */
  dueDate: string | null;
  /** The grounds or reason staff gave: an outcome's, an extension's, what a request for information needs. */
  reason: string | null;
  /** The body a forwarded appeal went to. */
  forwardedTo: string | null;
};

const styles = {
  score: { fontSize: "16px", lineHeight: "24px", margin: "4px 0" },
  link: { color: BRAND_BLUE },
};

/** Five one-click scores and a link to rate with a comment, on the rating page of the status link. */
function RatingLinks({ locale, statusUrl }: { locale: TLocale; statusUrl: string }) {
  return (
    <Section>
      {scoreLabels(locale).map((label, index) => (
        <Text key={label} style={styles.score}>
          <Link href={`${statusUrl}/rate?score=${index + 1}`} style={styles.link}>
            {index + 1} — {label}
          </Link>
        </Text>
      ))}
      <EmailText>
        <Link href={`${statusUrl}/rate`} style={styles.link}>
          {emailTexts(locale, "caseStatus")("comment")}
        </Link>
      </EmailText>
    </Section>
  );
}

function factsOf(data: TCaseStatusData) {
  return {
    number: data.caseNumber,
    dueDate: data.dueDate,
    from: data.from,
    reason: data.reason,
    forwardedTo: data.forwardedTo,
  };
}

function CaseStatusEmail({ locale, data }: { locale: TLocale; data: TCaseStatusData }) {
  const common = emailTexts(locale, "common");
  const { subject, paragraphs } = noticeTexts(locale, data.notice, factsOf(data));
  return (
    <EmailLayout locale={locale} preview={subject} isReplyable>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      {paragraphs.map((paragraph) => (
        <EmailText key={paragraph}>{paragraph}</EmailText>
      ))}
      {data.notice === "ANSWERED" ? <RatingLinks locale={locale} statusUrl={data.statusUrl} /> : null}
      <EmailText>
        {emailTexts(locale, "caseStatus")("status", { status: inSentence(customerStatusLabel(data.status, locale)) })}
      </EmailText>
      <EmailAction locale={locale} href={data.statusUrl}>
        {caseWords(locale, data.caseNumber).openPage}
      </EmailAction>
      <EmailText>{common("linkNote")}</EmailText>
    </EmailLayout>
  );
}

export function caseStatusEmail(locale: TLocale, data: TCaseStatusData): TEmailContent {
  return {
    subject: noticeTexts(locale, data.notice, factsOf(data)).subject,
    element: <CaseStatusEmail locale={locale} data={data} />,
  };
}
