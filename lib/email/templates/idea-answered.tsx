import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import { inSentence } from "@/lib/i18n/customer-status";
import type { TLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

import { emailTexts } from "./email-texts";
import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TIdeaAnsweredData = { name: string; title: string; status: IdeaStatus; answer: string; ideasUrl: string };

// The status in the words the club's ideas page uses (ideas.statuses in the catalogue).
const STATUSES = { ru: ru.ideas.statuses, en: en.ideas.statuses } satisfies Record<TLocale, Record<IdeaStatus, string>>;

function IdeaAnsweredEmail({ locale, data }: { locale: TLocale; data: TIdeaAnsweredData }) {
  const t = emailTexts(locale, "ideaAnswered");
  return (
    <EmailLayout locale={locale} preview={t("subject", { title: data.title })}>
      <EmailHeading>{emailTexts(locale, "common")("greeting", { name: data.name })}</EmailHeading>
      <EmailText>{t("intro")}</EmailText>
      <EmailText>{data.title}</EmailText>
      <EmailText>{t("status", { status: inSentence(STATUSES[locale][data.status]) })}</EmailText>
      <EmailText>{t("answer")}</EmailText>
      <EmailText>{data.answer}</EmailText>
      <EmailAction locale={locale} href={data.ideasUrl}>
        {t("action")}
      </EmailAction>
    </EmailLayout>
  );
}

export function ideaAnsweredEmail(locale: TLocale, data: TIdeaAnsweredData): TEmailContent {
  return { subject: emailTexts(locale, "ideaAnswered")("subject", { title: data.title }), element: <IdeaAnsweredEmail locale={locale} data={data} /> };
}
