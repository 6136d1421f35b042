import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

/** An invitation to a club survey, or its reminder: the personal link answers without signing in. */
export type TSurveyInvitationData = { name: string; title: string; url: string; closesOn: string | null };

type TKind = "invitation" | "reminder";

function SurveyInvitationEmail({ locale, data, kind }: { locale: TLocale; data: TSurveyInvitationData; kind: TKind }) {
  const t = emailTexts(locale, "surveyInvitation");
  return (
    <EmailLayout locale={locale} preview={t(`${kind}.subject`, { title: data.title })}>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t(`${kind}.intro`, { title: data.title })}</EmailText>
      <EmailAction locale={locale} href={data.url}>
        {t("action")}
      </EmailAction>
      {data.closesOn ? <EmailText>{t("closes", { date: data.closesOn })}</EmailText> : null}
      <EmailText>{t("personal")}</EmailText>
    </EmailLayout>
  );
}

function surveyEmail(locale: TLocale, data: TSurveyInvitationData, kind: TKind): TEmailContent {
  return {
    subject: emailTexts(locale, "surveyInvitation")(`${kind}.subject`, { title: data.title }),
    element: <SurveyInvitationEmail locale={locale} data={data} kind={kind} />,
  };
}

export function surveyInvitationEmail(locale: TLocale, data: TSurveyInvitationData): TEmailContent {
  return surveyEmail(locale, data, "invitation");
}

export function surveyReminderEmail(locale: TLocale, data: TSurveyInvitationData): TEmailContent {
  return surveyEmail(locale, data, "reminder");
}
