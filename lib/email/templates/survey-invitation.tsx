import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

/** An invitation to a club survey, or its reminder: the personal link answers without signing in. */
export type TSurveyInvitationData = { name: string; title: string; url: string; closesOn: string | null };

const TEXTS = {
  ru: {
    subject: { invitation: (title: string) => `Опрос Клуба клиентов: ${title}`, reminder: (title: string) => `Напоминание: опрос «${title}»` },
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: {
      invitation: (title: string) => `Приглашаем вас ответить на вопросы опроса «${title}». Это займёт несколько минут, а за ответы начислим баллы.`,
      reminder: (title: string) => `Напоминаем об опросе «${title}»: вы ещё не ответили. Ваше мнение поможет нам работать лучше.`,
    },
    action: "Ответить на вопросы",
    personal: "Ссылка личная: по ней можно ответить без входа в личный кабинет. Не пересылайте это письмо.",
    closes: (date: string) => `Ответы принимаем до ${date} включительно.`,
  },
  en: {
    subject: { invitation: (title: string) => `Customer Club survey: ${title}`, reminder: (title: string) => `Reminder: the survey “${title}”` },
    greeting: (name: string) => `Hello, ${name}!`,
    intro: {
      invitation: (title: string) => `Please answer the questions of the survey “${title}”. It takes a few minutes, and your answers earn points.`,
      reminder: (title: string) => `A reminder of the survey “${title}”: you have not answered yet. Your opinion helps us work better.`,
    },
    action: "Answer the questions",
    personal: "The link is personal: it lets you answer without signing in. Please do not forward this email.",
    closes: (date: string) => `Answers are taken until ${date} inclusive.`,
  },
};

type TKind = "invitation" | "reminder";

function SurveyInvitationEmail({ locale, data, kind }: { locale: TLocale; data: TSurveyInvitationData; kind: TKind }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.subject[kind](data.title)}>
      <EmailHeading>{t.greeting(data.name)}</EmailHeading>
      <EmailText>{t.intro[kind](data.title)}</EmailText>
      <EmailAction locale={locale} href={data.url}>
        {t.action}
      </EmailAction>
      {data.closesOn ? <EmailText>{t.closes(data.closesOn)}</EmailText> : null}
      <EmailText>{t.personal}</EmailText>
    </EmailLayout>
  );
}

export function surveyInvitationEmail(locale: TLocale, data: TSurveyInvitationData): TEmailContent {
  return { subject: TEXTS[locale].subject.invitation(data.title), element: <SurveyInvitationEmail locale={locale} data={data} kind="invitation" /> };
}

export function surveyReminderEmail(locale: TLocale, data: TSurveyInvitationData): TEmailContent {
  return { subject: TEXTS[locale].subject.reminder(data.title), element: <SurveyInvitationEmail locale={locale} data={data} kind="reminder" /> };
}
