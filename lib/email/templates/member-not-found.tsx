import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TMemberNotFoundData = { joinUrl: string };

// Sent instead of a sign-in link when no member has the address, so the sign-in form itself never tells
// whether an address belongs to the club.
function MemberNotFoundEmail({ locale, data }: { locale: TLocale; data: TMemberNotFoundData }) {
  const t = emailTexts(locale, "memberNotFound");
  return (
    <EmailLayout locale={locale} preview={t("heading")}>
      <EmailHeading>{t("heading")}</EmailHeading>
      <EmailText>{t("intro")}</EmailText>
      <EmailText>{t("join")}</EmailText>
      <EmailAction locale={locale} href={data.joinUrl}>
        {t("action")}
      </EmailAction>
      <EmailText>{t("ignore")}</EmailText>
    </EmailLayout>
  );
}

export function memberNotFoundEmail(locale: TLocale, data: TMemberNotFoundData): TEmailContent {
  return {
    subject: emailTexts(locale, "memberNotFound")("subject"),
    element: <MemberNotFoundEmail locale={locale} data={data} />,
  };
}
