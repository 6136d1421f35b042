import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

import { duration, LinkEmail, type TEmailContent } from "./layout";

export type TStaffInviteData = { url: string; name: string; role: StaffRole; expiresInHours: number };

const ROLES: Record<TLocale, Record<StaffRole, string>> = {
  ru: {
    OPERATOR: "оператор",
    SUPERVISOR: "руководитель группы",
    OFFICE_HEAD: "начальник отделения",
    ANALYST: "аналитик",
    ADMIN: "администратор",
  },
  en: {
    OPERATOR: "operator",
    SUPERVISOR: "supervisor",
    OFFICE_HEAD: "office head",
    ANALYST: "analyst",
    ADMIN: "admin",
  },
};

const TEXTS = {
  ru: {
    subject: "Приглашение в рабочий кабинет отдела качества",
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    intro: (role: string) =>
      `Вас пригласили в рабочий кабинет отдела качества портала «Клуб клиентов и общественная приёмная». Ваша роль: ${role}.`,
    next: "Чтобы принять приглашение, задайте пароль:",
    action: "Задать пароль",
    expires: (period: string) => `Срок действия приглашения: ${period}.`,
    ignore: "Если вы не ждали этого письма, сообщите об этом администратору портала.",
  },
  en: {
    subject: "Invitation to the quality department's console",
    greeting: (name: string) => `Hello, ${name}!`,
    intro: (role: string) =>
      `You have been invited to the quality department's console of the Customer Club and Public Reception portal. Your role: ${role}.`,
    next: "To accept the invitation, set your password:",
    action: "Set password",
    expires: (period: string) => `The invitation is valid for ${period}.`,
    ignore: "If you did not expect this email, please tell the portal's administrator.",
  },
};

function StaffInviteEmail({ locale, data }: { locale: TLocale; data: TStaffInviteData }) {
  const t = TEXTS[locale];
  return (
    <LinkEmail
      locale={locale}
      preview={t.subject}
      heading={t.greeting(data.name)}
      paragraphs={[t.intro(ROLES[locale][data.role]), t.next]}
      action={t.action}
      href={data.url}
      validity={t.expires(duration(locale, data.expiresInHours, "hour"))}
      ignore={t.ignore}
    />
  );
}

export function staffInviteEmail(locale: TLocale, data: TStaffInviteData): TEmailContent {
  return { subject: TEXTS[locale].subject, element: <StaffInviteEmail locale={locale} data={data} /> };
}
