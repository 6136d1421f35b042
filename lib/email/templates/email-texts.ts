import { createTranslator } from "next-intl";

import { catalogue } from "@/lib/i18n/catalogue";
import type { TLocale } from "@/lib/i18n/locales";

export type TEmailNamespace = keyof ReturnType<typeof catalogue>["email"];

/**
 * A template's copy (email.<template> in the message catalogue) in the recipient's language. Emails are
 * rendered by the outbox's worker, outside any page's request, so the translator is built here for the
 * message's locale rather than taken from next-intl's request config.
 */
export function emailTexts<TNamespace extends TEmailNamespace>(locale: TLocale, namespace: TNamespace) {
  return createTranslator({ locale, messages: catalogue(locale).email, namespace });
}
