"use client";

import { useTexts } from "@/components/i18n/texts";

/** Past this share of a limit, the counter shows how much is left. */
const SHOWN_FROM = 0.8;

/**
 * How much of a long text's limit is left, once it is close; past the limit, by how much (the field cuts
 * nothing: the form refuses it with the field's error, and the person decides what to shorten).
 */
export function TextCounter({ length, max }: { length: number; max: number }) {
  const t = useTexts("filing");
  const isOver = length > max;
  return (
    <p
      className={isOver ? "text-right text-sm font-medium text-danger" : "text-right text-sm text-muted"}
      aria-live="polite"
    >
      {isOver
        ? t("charactersOver", { count: length - max })
        : length >= max * SHOWN_FROM
          ? t("charactersLeft", { count: max - length })
          : null}
    </p>
  );
}
