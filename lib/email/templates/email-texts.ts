import { createTranslator } from "next-intl";

import type { TLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

const CATALOGUES = { ru: ru.email, en: en.email } satisfies Record<TLocale, unknown>;

export type TEmailNamespace = keyof typeof ru.email;

/**
 * A template's copy (email.<template> in the message catalogue) in the recipient's language. Emails are
 * rendered by the outbox's worker, outside any page's request, so the translator is built here for the
 * message's locale rather than taken from next-intl's request config.
 */
export function emailTexts<TNamespace extends TEmailNamespace>(locale: TLocale, namespace: TNamespace) {
  return createTranslator({ locale, messages: CATALOGUES[locale] as typeof ru.email, namespace });
}
