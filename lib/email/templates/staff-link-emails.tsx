import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";
import { linkEmail, type TEmailContent } from "./layout";

export type TStaffLinkData = { url: string; expiresInMinutes: number };

/** A staff email that is a link for some minutes and one sentence of why: a new password, an unlock. */
function staffLinkEmail(namespace: "staffPasswordReset" | "staffUnlock") {
  return (locale: TLocale, data: TStaffLinkData): TEmailContent => {
    const t = emailTexts(locale, namespace);
    return linkEmail(locale, namespace, {
      url: data.url,
      expiresIn: data.expiresInMinutes,
      unit: "minute",
      heading: t("heading"),
      preview: t("heading"),
      paragraphs: [t("intro")],
    });
  };
}

export const staffPasswordResetEmail = staffLinkEmail("staffPasswordReset");
export const staffUnlockEmail = staffLinkEmail("staffUnlock");
