export type TTextValues = Record<string, string | number>;

/** The index of the brace that closes the one at `open`. */
function closingBrace(message: string, open: number): number {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === "{") depth++;
    else if (message[i] === "}" && --depth === 0) return i;
  }
  return message.length;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = create()));
  return value;
}

/**
 * `#` in a plural message. A browser's first number formatter costs tens of milliseconds (it loads the
 * locale's data) while the page is hydrating, and a whole number under a thousand reads the same in every
 * locale the portal speaks, so only larger or fractional numbers go through one.
 */
function formatCount(count: number, locale: string): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);
}

/**
 * The subset of ICU the catalogue's client messages use: `{name}` and
 * `{count, plural, =0 {…} one {# …} other {…}}`, with `#` for the number.
 */
export function formatText(message: string, values: TTextValues, locale: string): string {
  let result = "";
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf("{", i);
    if (open < 0) return result + message.slice(i);
    const close = closingBrace(message, open);
    result += message.slice(i, open);
    const [name, kind, ...rest] = message.slice(open + 1, close).split(",");
    const value = values[name.trim()];
    if (kind?.trim() === "plural") {
      const count = Number(value);
      const options = new Map<string, string>();
      const body = rest.join(",");
      for (let j = 0; j < body.length; ) {
        const start = body.indexOf("{", j);
        if (start < 0) break;
        const end = closingBrace(body, start);
        options.set(body.slice(j, start).trim(), body.slice(start + 1, end));
        j = end + 1;
      }
      const category = () => cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
      const chosen = options.get(`=${count}`) ?? options.get(category()) ?? options.get("other") ?? "";
      result += formatText(chosen.includes("#") ? chosen.replaceAll("#", formatCount(count, locale)) : chosen, values, locale);
    } else {
      result += value === undefined ? "" : String(value);
    }
    i = close + 1;
  }
  return result;
}
