import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import { catalogue } from "@/lib/i18n/catalogue";
import { inSentence } from "@/lib/i18n/customer-status";
import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, greeting, type TEmailContent } from "./layout";

export type TIdeaAnsweredData = { name: string; title: string; status: IdeaStatus; answer: string; ideasUrl: string };

function IdeaAnsweredEmail({ locale, data }: { locale: TLocale; data: TIdeaAnsweredData }) {
  const t = emailTexts(locale, "ideaAnswered");
  // The status in the words the club's ideas page uses.
  const status = inSentence(catalogue(locale).ideas.statuses[data.status]);
  return (
    <EmailLayout locale={locale} preview={t("subject", { title: data.title })}>
      <EmailHeading>{greeting(locale, data.name)}</EmailHeading>
      <EmailText>{t("intro")}</EmailText>
      <EmailText>{data.title}</EmailText>
      <EmailText>{t("status", { status })}</EmailText>
      <EmailText>{t("answer")}</EmailText>
      <EmailText>{data.answer}</EmailText>
      <EmailAction locale={locale} href={data.ideasUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function ideaAnsweredEmail(locale: TLocale, data: TIdeaAnsweredData): TEmailContent {
  return {
    subject: emailTexts(locale, "ideaAnswered")("subject", { title: data.title }),
    element: <IdeaAnsweredEmail locale={locale} data={data} />,
  };
}
