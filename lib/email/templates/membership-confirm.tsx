import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { greeting, linkEmail, type TEmailContent } from "./layout";

export type TMembershipConfirmData = { name: string; url: string; expiresInHours: number };

export function membershipConfirmEmail(locale: TLocale, data: TMembershipConfirmData): TEmailContent {
  const t = emailTexts(locale, "membershipConfirm");
  return linkEmail(locale, "membershipConfirm", {
    url: data.url,
    expiresIn: data.expiresInHours,
    unit: "hour",
    heading: greeting(locale, data.name),
    preview: t("subject"),
    paragraphs: [t("intro")],
  });
}
