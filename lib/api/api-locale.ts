import { createTranslator, type Messages } from "next-intl";

import { DEFAULT_LOCALE, LOCALES, type TLocale } from "@/lib/i18n/locales";

/**
 * The language of an API caller, from Accept-Language (the best-weighted one we speak; Russian when none).
 * The cookie the site uses means nothing to another system, so API answers do not read it.
 */
export function apiLocale(request: Pick<Request, "headers">): TLocale {
  const ranked = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0], weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => LOCALES.find((locale) => locale === entry.language)).find(Boolean) ?? DEFAULT_LOCALE;
}

const CATALOGUES = {
  ru: () => import("@/lib/i18n/messages/ru.json"),
  en: () => import("@/lib/i18n/messages/en.json"),
} satisfies Record<TLocale, unknown>;

export type TApiTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * Catalogue texts in the caller's language. Built with createTranslator rather than getTranslations: the
 * site's request config takes the language from a cookie, and this also runs outside a Next.js request
 * (the route handlers' integration tests). An unknown key — a message another part of the portal has not
 * added to the catalogue yet — falls back to a generic one rather than failing the answer.
 */
export async function apiTranslator(locale: TLocale): Promise<TApiTranslator> {
  // Typed loosely on purpose: the keys arrive at run time, from schemas and domain errors.
  const messages: Messages = (await CATALOGUES[locale]()).default;
  const t = createTranslator({ locale, messages });
  return (key, values) => (t.has(key) ? t(key, values) : t("validation.invalid"));
}
