import { formatDate } from "@/lib/i18n/format-date";

/** Dates on the case page: in the office's time zone, in the reader's language, as formatDate writes them. */
export function dateTimeFormatter(locale: string, timeZone: string) {
  return (value: Date | string | null | undefined) =>
    value ? formatDate(new Date(value), locale, { dateStyle: "medium", timeStyle: "short", timeZone }) : "—";
}

export function dateFormatter(locale: string, timeZone: string) {
  return (value: Date) => formatDate(value, locale, { dateStyle: "long", timeZone });
}
