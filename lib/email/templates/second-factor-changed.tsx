import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TSecondFactorChange = "ENABLED" | "REPLACED" | "DISABLED";

export type TSecondFactorChangedData = { change: TSecondFactorChange; accountUrl: string };

const TEXTS = {
  ru: {
    subject: "Изменён второй фактор входа в рабочий кабинет",
    heading: "Второй фактор входа изменён",
    change: {
      ENABLED: "Для вашей учётной записи сотрудника включена двухфакторная аутентификация: теперь при входе нужен код из приложения-аутентификатора.",
      REPLACED: "Для вашей учётной записи сотрудника подключено другое приложение-аутентификатор. Коды из прежнего приложения больше не действуют.",
      DISABLED: "Для вашей учётной записи сотрудника отключена двухфакторная аутентификация: теперь для входа достаточно пароля.",
    },
    sessions: "Все остальные сеансы этой учётной записи завершены; сеанс, в котором сделано изменение, продолжается.",
    notYou: "Если это сделали не вы, сразу смените пароль, проверьте второй фактор и сообщите администратору портала:",
    action: "Открыть настройки учётной записи",
  },
  en: {
    subject: "The second sign-in factor of your console account changed",
    heading: "Your second sign-in factor changed",
    change: {
      ENABLED: "Two-factor authentication is now on for your staff account: signing in takes a code from an authenticator app.",
      REPLACED: "Another authenticator app is now connected to your staff account. Codes from the previous app no longer work.",
      DISABLED: "Two-factor authentication is now off for your staff account: the password alone is enough to sign in.",
    },
    sessions: "All other sessions of this account have been ended; the session in which the change was made goes on.",
    notYou: "If this was not you, change your password at once, check the second factor and tell the portal's administrator:",
    action: "Open account settings",
  },
} satisfies Record<TLocale, unknown>;

function SecondFactorChangedEmail({ locale, data }: { locale: TLocale; data: TSecondFactorChangedData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.heading}>
      <EmailHeading>{t.heading}</EmailHeading>
      <EmailText>{t.change[data.change]}</EmailText>
      <EmailText>{t.sessions}</EmailText>
      <EmailText>{t.notYou}</EmailText>
      <EmailAction locale={locale} href={data.accountUrl}>
        {t.action}
      </EmailAction>
    </EmailLayout>
  );
}

export function secondFactorChangedEmail(locale: TLocale, data: TSecondFactorChangedData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <SecondFactorChangedEmail locale={locale} data={data} /> };
}
