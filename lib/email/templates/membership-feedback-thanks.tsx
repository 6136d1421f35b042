import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TMembershipFeedbackThanksData = { name: string; joinUrl: string };

const TEXTS = {
  ru: {
    subject: "Спасибо за ваши ответы",
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: "Спасибо, что ответили на вопросы анкеты Клуба клиентов. Ваши ответы помогут нам работать лучше.",
    noMembership: "Вы ответили, что не готовы к дальнейшему взаимодействию, поэтому участником клуба вы не стали и писем от клуба получать не будете.",
    join: "Если передумаете, заполните анкету снова:",
    action: "Вступить в клуб",
  },
  en: {
    subject: "Thank you for your answers",
    greeting: (name: string) => `Hello, ${name}!`,
    intro: "Thank you for answering the Customer Club questionnaire. Your answers help us work better.",
    noMembership: "You answered that you are not ready for further interaction, so you have not become a member and will get no club mail.",
    join: "If you change your mind, fill in the questionnaire again:",
    action: "Join the club",
  },
};

function MembershipFeedbackThanksEmail({ locale, data }: { locale: TLocale; data: TMembershipFeedbackThanksData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject}>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{t.intro}</EmailText>
      <EmailText>{t.noMembership}</EmailText>
      <EmailText>{t.join}</EmailText>
      <EmailAction locale={locale} href={data.joinUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function membershipFeedbackThanksEmail(locale: TLocale, data: TMembershipFeedbackThanksData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <MembershipFeedbackThanksEmail locale={locale} data={data} /> };
}
