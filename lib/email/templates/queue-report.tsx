import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
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

function QueueReportEmail({ locale, data }: { locale: TLocale; data: TQueueReportData }) {
  const t = emailTexts(locale, "queueReport");
  return (
    <EmailLayout locale={locale} preview={t("subject", { postcode: data.officePostcode })}>
      <EmailHeading>{t("heading")}</EmailHeading>
      <EmailText>
        {t("body", { office: data.officeName, postcode: data.officePostcode, at: data.reportedAt })}
      </EmailText>
      {data.comment ? <EmailText>{t("comment", { comment: data.comment })}</EmailText> : null}
      <EmailText>
        {t("ask")} {data.caseNumber}
      </EmailText>
      <EmailAction locale={locale} href={data.consoleUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function queueReportEmail(locale: TLocale, data: TQueueReportData): TEmailContent {
  return {
    subject: emailTexts(locale, "queueReport")("subject", { postcode: data.officePostcode }),
    element: <QueueReportEmail locale={locale} data={data} />,
  };
}
