export const LOCALES = ["ru", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "ru";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function resolveLocale(value: string | undefined | null): TLocale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}
