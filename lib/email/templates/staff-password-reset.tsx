import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { linkEmail, type TEmailContent } from "./layout";

export type TStaffPasswordResetData = { url: string; expiresInMinutes: number };

export function staffPasswordResetEmail(locale: TLocale, data: TStaffPasswordResetData): TEmailContent {
  const t = emailTexts(locale, "staffPasswordReset");
  return linkEmail(locale, "staffPasswordReset", {
    url: data.url,
    expiresIn: data.expiresInMinutes,
    unit: "minute",
    heading: t("heading"),
    preview: t("heading"),
    paragraphs: [t("intro")],
  });
}
