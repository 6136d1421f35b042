"use client";

import { useTranslations } from "next-intl";

/**
 * Form errors arrive either as catalogue keys (from the zod schema in the browser) or as sentences already
 * translated by the server; this shows both.
 */
export function useTranslatedError() {
  const t = useTranslations();
  return (message: string | undefined): string | undefined =>
    message === undefined ? undefined : t.has(message) ? t(message) : message;
}
