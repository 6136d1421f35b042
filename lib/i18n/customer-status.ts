import type { CaseStatus } from "@/lib/generated/prisma/enums";

import type { TLocale } from "./locales";
import en from "./messages/en.json";
import ru from "./messages/ru.json";

/**
 * How the customer reads a case's status: one set of words (status.customerStatus in the catalogues) for
 * the status page, the account and every email, so what the email says is what the page shows. Emails are
 * rendered outside a page's request, so they read the catalogue here rather than through next-intl.
 */
const CATALOGUES = { ru, en } satisfies Record<TLocale, unknown>;

export function customerStatusLabel(status: CaseStatus, locale: TLocale): string {
  return CATALOGUES[locale].status.customerStatus[status];
}

/** A label inside a sentence («Статус обращения: в работе»): the catalogue writes labels as they stand alone. */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The words for the scores 1–5, as the rating form shows them. */
export function scoreLabels(locale: TLocale): readonly string[] {
  return CATALOGUES[locale].desk.scoreLabels;
}
