import type { TLocale } from "@/lib/i18n/locales";

import { duration, LinkEmail, type TEmailContent } from "./layout";

export type TMembershipConfirmData = { name: string; url: string; expiresInHours: number };

const TEXTS = {
  ru: {
    subject: "Подтвердите вступление в Клуб клиентов",
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: "Спасибо, что заполнили анкету участника Клуба клиентов. Чтобы стать участником, подтвердите свой адрес по ссылке:",
    action: "Подтвердить и вступить",
    validity: (period: string) => `Ссылка действует ${period} и срабатывает один раз.`,
    ignore: "Если вы не заполняли анкету, просто не обращайте внимания на это письмо: без подтверждения участие не начнётся.",
  },
  en: {
    subject: "Confirm joining the Customer Club",
    greeting: (name: string) => `Hello, ${name}!`,
    intro: "Thank you for filling in the Customer Club questionnaire. To become a member, confirm your address by this link:",
    action: "Confirm and join",
    validity: (period: string) => `The link is valid for ${period} and works once.`,
    ignore: "If you did not fill in the questionnaire, ignore this email: without confirmation no membership begins.",
  },
};

function MembershipConfirmEmail({ locale, data }: { locale: TLocale; data: TMembershipConfirmData }) {
  const t = TEXTS[locale];
  return (
    <LinkEmail
      locale={locale}
      preview={t.subject}
      heading={t.greeting(data.name)}
      paragraphs={[t.intro]}
      action={t.action}
      href={data.url}
      validity={t.validity(duration(locale, data.expiresInHours, "hour"))}
      ignore={t.ignore}
    />
  );
}

export function membershipConfirmEmail(locale: TLocale, data: TMembershipConfirmData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <MembershipConfirmEmail locale={locale} data={data} /> };
}
