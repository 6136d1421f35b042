import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

export type TMembershipFeedbackThanksData = { name: string; joinUrl: string };

function MembershipFeedbackThanksEmail({ locale, data }: { locale: TLocale; data: TMembershipFeedbackThanksData }) {
  const t = emailTexts(locale, "membershipFeedbackThanks");
  return (
    <EmailLayout locale={locale} preview={t("subject")}>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t("intro")}</EmailText>
      <EmailText>{t("noMembership")}</EmailText>
      <EmailText>{t("join")}</EmailText>
      <EmailAction locale={locale} href={data.joinUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function membershipFeedbackThanksEmail(locale: TLocale, data: TMembershipFeedbackThanksData): TEmailContent {
  return {
    subject: emailTexts(locale, "membershipFeedbackThanks")("subject"),
    element: <MembershipFeedbackThanksEmail locale={locale} data={data} />,
  };
}
