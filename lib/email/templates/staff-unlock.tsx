import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { linkEmail, type TEmailContent } from "./layout";

export type TStaffUnlockData = { url: string; expiresInMinutes: number };

export function staffUnlockEmail(locale: TLocale, data: TStaffUnlockData): TEmailContent {
  const t = emailTexts(locale, "staffUnlock");
  return linkEmail(locale, "staffUnlock", {
    url: data.url,
    expiresIn: data.expiresInMinutes,
    unit: "minute",
    heading: t("heading"),
    preview: t("heading"),
    paragraphs: [t("intro")],
  });
}
