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

/** `selector {text} selector {text}…` of a plural argument. */
function optionsOf(body: string): Map<string, string> {
  const options = new Map<string, string>();
  for (let j = 0; j < body.length;) {
    const start = body.indexOf("{", j);
    if (start < 0) break;
    const end = closingBrace(body, start);
    options.set(body.slice(j, start).trim(), body.slice(start + 1, end));
    j = end + 1;
  }
  return options;
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

/** One `{…}` argument: a plain value, or the option a plural picks. */
function formatArgument(argument: string, values: TTextValues, locale: string): string {
  const [name, kind, ...rest] = argument.split(",");
  const value = values[name.trim()];
  const type = kind?.trim();
  if (type === "plural") {
    const count = Number(value);
    const options = optionsOf(rest.join(","));
    const category = () => cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
    const chosen = options.get(`=${count}`) ?? options.get(category()) ?? options.get("other") ?? "";
    return render(chosen, values, locale, formatCount(count, locale));
  }
  return value === undefined ? "" : String(value);
}

function render(message: string, values: TTextValues, locale: string, count?: string): string {
  let result = "";
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "#" && count !== undefined) {
      result += count;
    } else if (message[i] === "{") {
      const close = closingBrace(message, i);
      result += formatArgument(message.slice(i + 1, close), values, locale);
      i = close;
    } else {
      result += message[i];
    }
  }
  return result;
}

/**
 * The subset of ICU the catalogue's messages use: `{name}`, `{count, plural, =0 {…} one {# …} other {…}}`
 * with `#` for the number. No select and no apostrophe quoting: the messages that use them are read on the
 * server only (SERVER_NAMESPACES), and a literal brace in a message the browser shows comes in as a value.
 */
export function formatText(message: string, values: TTextValues, locale: string): string {
  return render(message, values, locale);
}
