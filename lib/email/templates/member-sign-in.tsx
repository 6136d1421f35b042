import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { linkEmail, type TEmailContent } from "./layout";

export type TMemberSignInData = { url: string; expiresInMinutes: number };

export function memberSignInEmail(locale: TLocale, data: TMemberSignInData): TEmailContent {
  const t = emailTexts(locale, "memberSignIn");
  return linkEmail(locale, "memberSignIn", {
    url: data.url,
    expiresIn: data.expiresInMinutes,
    unit: "minute",
    heading: t("subject"),
    preview: t("intro"),
    paragraphs: [t("intro")],
  });
}
