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
      const chosen = options.get(`=${count}`) ?? options.get(new Intl.PluralRules(locale).select(count)) ?? options.get("other") ?? "";
      result += formatText(chosen.replaceAll("#", new Intl.NumberFormat(locale).format(count)), values, locale);
    } else {
      result += value === undefined ? "" : String(value);
    }
    i = close + 1;
  }
  return result;
}
