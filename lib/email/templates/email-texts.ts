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
  const key = `${locale}:${namespace}`;
  let translator = translators.get(key) as TTranslator<TNamespace> | undefined;
  if (!translator) {
    translator = createTranslator({ locale, messages: catalogue(locale).email, namespace });
    translators.set(key, translator);
  }
  return translator;
}

type TTranslator<TNamespace extends TEmailNamespace> = ReturnType<
  typeof createTranslator<ReturnType<typeof catalogue>["email"], TNamespace>
>;

// A translator per language and namespace, built once: the worker renders every message with one, and
// building it (and its cache of compiled messages) each time was a good part of a message's rendering.
const translators = new Map<string, unknown>();
