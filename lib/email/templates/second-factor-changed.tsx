import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TSecondFactorChange = "ENABLED" | "REPLACED" | "DISABLED";

export type TSecondFactorChangedData = { change: TSecondFactorChange; accountUrl: string };

function SecondFactorChangedEmail({ locale, data }: { locale: TLocale; data: TSecondFactorChangedData }) {
  const t = emailTexts(locale, "secondFactorChanged");
  return (
    <EmailLayout locale={locale} preview={t("heading")}>
      <EmailHeading>{t("heading")}</EmailHeading>
      <EmailText>{t(`change.${data.change}`)}</EmailText>
      <EmailText>{t("sessions")}</EmailText>
      <EmailText>{t("notYou")}</EmailText>
      <EmailAction locale={locale} href={data.accountUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function secondFactorChangedEmail(locale: TLocale, data: TSecondFactorChangedData): TEmailContent {
  return {
    subject: emailTexts(locale, "secondFactorChanged")("subject"),
    element: <SecondFactorChangedEmail locale={locale} data={data} />,
  };
}
