import type { TLocale } from "@/lib/i18n/locales";

import { duration, LinkEmail, type TEmailContent } from "./layout";

export type TStaffUnlockData = { url: string; expiresInMinutes: number };

const TEXTS = {
  ru: {
    subject: "Вход в рабочий кабинет с новых устройств приостановлен",
    heading: "Вход с новых устройств приостановлен",
    intro:
      "В вашу учётную запись сотрудника много раз подряд не удалось войти с устройств, с которых вы раньше не входили. Поэтому вход с новых устройств временно закрыт. С устройств, с которых вы уже входили, войти по-прежнему можно.",
    action: "Снять блокировку",
    expires: (period: string) => `Ссылка действует ${period} и только один раз.`,
    ignore:
      "Если это были не вы, пароль по-прежнему никто не знает, но лучше сменить его и сообщить администратору. Блокировка снимется сама, когда истечёт её срок.",
  },
  en: {
    subject: "Console sign-in from new devices is paused",
    heading: "Sign-in from new devices is paused",
    intro:
      "There were many failed attempts in a row to sign in to your staff account from devices you have not signed in from before, so sign-in from new devices is closed for now. Devices you have signed in from before can still sign in.",
    action: "Lift the block",
    expires: (period: string) => `The link works for ${period}, once.`,
    ignore:
      "If that was not you, nobody has learned your password, but you may want to change it and tell an administrator. The block lifts by itself when it runs out.",
  },
};

function StaffUnlockEmail({ locale, data }: { locale: TLocale; data: TStaffUnlockData }) {
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

export function staffUnlockEmail(locale: TLocale, data: TStaffUnlockData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <StaffUnlockEmail locale={locale} data={data} /> };
}
