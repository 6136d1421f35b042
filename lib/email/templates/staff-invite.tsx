import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

import { emailTexts } from "./email-texts";
import { linkEmail, type TEmailContent } from "./layout";

export type TStaffInviteData = { url: string; name: string; role: StaffRole; expiresInHours: number };

// The role in the words the console uses for it (roles in the catalogue).
const ROLES = { ru: ru.roles, en: en.roles } satisfies Record<TLocale, Record<StaffRole, string>>;

export function staffInviteEmail(locale: TLocale, data: TStaffInviteData): TEmailContent {
  const t = emailTexts(locale, "staffInvite");
  return linkEmail(locale, "staffInvite", {
    url: data.url,
    expiresIn: data.expiresInHours,
    unit: "hour",
    heading: emailTexts(locale, "common")("greeting", { name: data.name }),
    preview: t("subject"),
    paragraphs: [t("intro", { role: ROLES[locale][data.role] }), t("next")],
  });
}
