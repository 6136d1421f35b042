/** Dates on the case page: in the office's time zone, in the reader's language. */
export function dateTimeFormatter(locale: string, timeZone: string) {
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return (value: Date | string | null | undefined) => (value ? format.format(new Date(value)) : "—");
}

export function dateFormatter(locale: string, timeZone: string) {
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", { dateStyle: "long", timeZone });
  return (value: Date) => format.format(value);
}
