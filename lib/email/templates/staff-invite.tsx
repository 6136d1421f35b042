import type { StaffRole } from "@/lib/generated/prisma/enums";
import { catalogue } from "@/lib/i18n/catalogue";
import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { greeting, linkEmail, type TEmailContent } from "./layout";

export type TStaffInviteData = { url: string; name: string; role: StaffRole; expiresInHours: number };

export function staffInviteEmail(locale: TLocale, data: TStaffInviteData): TEmailContent {
  const t = emailTexts(locale, "staffInvite");
  return linkEmail(locale, "staffInvite", {
    url: data.url,
    expiresIn: data.expiresInHours,
    unit: "hour",
    heading: greeting(locale, data.name),
    preview: t("subject"),
    // The role in the words the console uses for it.
    paragraphs: [t("intro", { role: catalogue(locale).roles[data.role] }), t("next")],
  });
}
