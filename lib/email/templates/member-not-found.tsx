import type { TLocale } from "@/lib/i18n/locales";

import { EmailAction, EmailHeading, EmailLayout, EmailText, type TEmailContent } from "./layout";

export type TMemberNotFoundData = { joinUrl: string };

// Sent instead of a sign-in link when no member has the address, so the sign-in form itself never tells
// whether an address belongs to the club.
const TEXTS = {
  ru: {
    subject: "Этот адрес не зарегистрирован в Клубе клиентов",
    heading: "Участник с этим адресом не найден",
    intro:
      "Кто-то — вероятно, вы — запросил ссылку для входа в Клуб клиентов на этот адрес, но участника клуба с таким адресом нет.",
    join: "Вступить в клуб можно, заполнив анкету участника:",
    action: "Вступить в клуб",
    ignore: "Если вы не запрашивали вход, просто не обращайте внимания на это письмо.",
  },
  en: {
    subject: "This address is not registered in the Customer Club",
    heading: "No member has this address",
    intro:
      "Someone — probably you — asked for a Customer Club sign-in link for this address, but no club member has it.",
    join: "You can join the club by filling in the membership questionnaire:",
    action: "Join the club",
    ignore: "If you did not ask to sign in, you can safely ignore this email.",
  },
};

function MemberNotFoundEmail({ locale, data }: { locale: TLocale; data: TMemberNotFoundData }) {
  const t = TEXTS[locale];
  return (
    <EmailLayout locale={locale} preview={t.heading}>
      <EmailHeading>{t.heading}</EmailHeading>
      <EmailText>{t.intro}</EmailText>
      <EmailText>{t.join}</EmailText>
      <EmailAction locale={locale} href={data.joinUrl}>
        {t.action}
      </EmailAction>
      <EmailText>{t.ignore}</EmailText>
    </EmailLayout>
  );
}

export function memberNotFoundEmail(locale: TLocale, data: TMemberNotFoundData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <MemberNotFoundEmail locale={locale} data={data} /> };
}
