"use client";

import { useTexts } from "@/components/i18n/texts";

/**
 * Form errors arrive either as catalogue keys (from the zod schema in the browser) or as sentences already
 * translated by the server; this shows both.
 */
export function useTranslatedError() {
  const t = useTexts();
  return (message: string | undefined): string | undefined =>
    message === undefined ? undefined : t.has(message) ? t(message) : message;
}
