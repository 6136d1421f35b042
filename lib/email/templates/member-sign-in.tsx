import type { TLocale } from "@/lib/i18n/locales";

import { duration, LinkEmail, type TEmailContent } from "./layout";

export type TMemberSignInData = { url: string; expiresInMinutes: number };

const TEXTS = {
  ru: {
    subject: "Вход в Клуб клиентов",
    intro: "Чтобы войти в личный кабинет участника Клуба клиентов, нажмите на кнопку.",
    action: "Войти",
    expires: (period: string) => `Срок действия ссылки: ${period}.`,
    ignore: "Если вы не запрашивали вход, просто не обращайте внимания на это письмо.",
  },
  en: {
    subject: "Sign in to the Customer Club",
    intro: "To sign in to your Customer Club account, press the button.",
    action: "Sign in",
    expires: (period: string) => `The link is valid for ${period}.`,
    ignore: "If you did not ask to sign in, you can safely ignore this email.",
  },
};

function MemberSignInEmail({ locale, data }: { locale: TLocale; data: TMemberSignInData }) {
  const t = TEXTS[locale];
  return (
    <LinkEmail
      locale={locale}
      preview={t.intro}
      heading={t.subject}
      paragraphs={[t.intro]}
      action={t.action}
      href={data.url}
      validity={t.expires(duration(locale, data.expiresInMinutes, "minute"))}
      ignore={t.ignore}
    />
  );
}

export function memberSignInEmail(locale: TLocale, data: TMemberSignInData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <MemberSignInEmail locale={locale} data={data} /> };
}
