const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, options)));
  return format;
}

/**
 * A date as a person writes it, in the page's or the email's language: the one formatter of dates customers
 * read. Russian dates in words lose the «г.» Intl puts after the year: in running text a person writes the
 * word out («не позднее 21 декабря 2026 года.»), and an abbreviation's full stop at the end of a date
 * doubled up with the sentence's own («2026 г..»). Short styles drop it («21 дек. 2026, 13:00»). English
 * dates read day first (21 December 2026), as the operator's letters do.
 */
export function formatDate(value: Date | number, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  const format = formatOf(locale, options);
  if (!locale.startsWith("ru")) return format.format(value);
  const inWords = options.dateStyle === "long" || options.dateStyle === "full" || options.month === "long";
  return format
    .formatToParts(value)
    .map((part) =>
      part.type === "literal" ? part.value.replace(/^\s*г\.(,?)/, inWords ? " года$1" : "$1") : part.value,
    )
    .join("");
}
