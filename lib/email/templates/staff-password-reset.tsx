import type { TLocale } from "@/lib/i18n/locales";

import { duration, LinkEmail, type TEmailContent } from "./layout";

export type TStaffPasswordResetData = { url: string; expiresInMinutes: number };

const TEXTS = {
  ru: {
    subject: "Сброс пароля в рабочем кабинете",
    heading: "Сброс пароля",
    intro: "Мы получили запрос на сброс пароля вашей учётной записи сотрудника. Чтобы задать новый пароль, нажмите на кнопку.",
    action: "Задать новый пароль",
    expires: (period: string) => `Срок действия ссылки: ${period}.`,
    ignore: "Если вы не запрашивали сброс, не обращайте внимания на это письмо: пароль останется прежним.",
  },
  en: {
    subject: "Reset your console password",
    heading: "Password reset",
    intro: "We received a request to reset the password of your staff account. To set a new password, press the button.",
    action: "Set a new password",
    expires: (period: string) => `The link is valid for ${period}.`,
    ignore: "If you did not ask for a reset, ignore this email: your password stays as it is.",
  },
};

function StaffPasswordResetEmail({ locale, data }: { locale: TLocale; data: TStaffPasswordResetData }) {
  const t = TEXTS[locale];
  return (
    <LinkEmail
      locale={locale}
      preview={t.heading}
      heading={t.heading}
      paragraphs={[t.intro]}
      action={t.action}
      href={data.url}
      validity={t.expires(duration(locale, data.expiresInMinutes, "minute"))}
      ignore={t.ignore}
    />
  );
}

export function staffPasswordResetEmail(locale: TLocale, data: TStaffPasswordResetData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <StaffPasswordResetEmail locale={locale} data={data} /> };
}
