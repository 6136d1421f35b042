import type { TLocale } from "./locales";
import en from "./messages/en.json";
import ru from "./messages/ru.json";

const CATALOGUES = { ru, en } satisfies Record<TLocale, unknown>;

/**
 * The message catalogue of a language, for code that runs outside a page's request and so has no
 * next-intl request config: emails, jobs, copies kept in a case's history.
 */
export function catalogue(locale: TLocale): typeof ru {
  return CATALOGUES[locale];
}
