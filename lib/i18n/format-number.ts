const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the page's language. Building an Intl.NumberFormat costs far more than formatting with one, and
 * a page renders the same few shapes over and over, so each locale and options pair is built once per process.
 */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format.format(value);
}
