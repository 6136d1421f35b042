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

/**
 * A span of days («YYYY-MM-DD» each) as a person writes it: the shared month or year said once («12 сентября
 * — 4 декабря 2026 года», «1–4 декабря 2026 года», "12 September – 4 December 2026"). The days are calendar
 * days already, so no zone shifts them.
 */
export function formatDayRange(from: string, to: string, locale: string): string {
  const day = (value: string) => new Date(`${value}T00:00:00Z`);
  // Intl puts thin spaces around an English dash; the rest of the page has plain ones.
  const text = formatOf(locale, { dateStyle: "long", timeZone: "UTC" })
    .formatRange(day(from), day(to))
    .replace(/\u2009/g, " ");
  return locale.startsWith("ru") ? text.replace(/\s*г\./g, " года").replace(" – ", " — ") : text;
}
