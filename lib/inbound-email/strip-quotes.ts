/**
 * A reply split into the customer's own words and what their mail client quoted, whichever way they wrote:
 * above the quote (Gmail, Outlook, Яндекс, Mail.ru), below it or between its lines (Thunderbird, Apple
 * Mail, anyone who answers point by point). Quoted are the ">" lines with the attribution that introduces
 * them («On … wrote:», «… написал(а):», «21.11.2026, 10:00, "Клуб" <a@b>:»), and everything from the
 * start of a copied original message to the end (Outlook's From/Sent/To/Subject block, «-----Original
 * Message-----», «-------- Пересылаемое сообщение --------»), which carries no ">" to tell it apart.
 * The signature (after "-- ") and a mobile client's footer belong to neither.
 */

export type TReplyParts = {
  /** The customer's own words; empty when they wrote none (a bare forward, files only). */
  own: string;
  /** The quoted history, as the client quoted it; empty when nothing was quoted. */
  quoted: string;
};

// "On Sat, Nov 21, 2026 at 10:00 AM Club <no-reply@portal.example> wrote:", "… написал(а):", "… пишет:".
const WROTE = /(?:\bwrote|написал(?:\(а\)|а)?|пишет)\s*:\s*$/i;
// Яндекс, Mail.ru and Gmail in Russian end the line with the quoted sender: "21.11.2026, 10:00, Клуб <a@b>:".
const ADDRESS_COLON = /<[^<>\s@]+@[^<>\s]+>\s*:\s*$/;
// How an attribution line begins: "On …", a date, or a weekday ("сб, 21 нояб.", "Sat, Nov 21").
const ATTRIBUTION_START = /^\s*(?:on\s|\d|[a-zа-яё]{2,11}\.?,\s)/i;
const SEPARATOR =
  /^\s*(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|пересланное сообщение)\s*-{2,}|begin forwarded message:|начало переадресованного сообщения:)\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:from|от|отправитель)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|subject|отправлено|дата|кому|тема)\s*:/i;
const SIGNATURE = /^--\s?$/;
const MOBILE_FOOTER = /^\s*(?:sent from my \S+|отправлено (?:с|из) .{1,60})\s*$/i;

const isQuoted = (line: string | undefined) => line !== undefined && /^\s*>/.test(line);
const isBlank = (line: string | undefined) => line === undefined || line.trim() === "";

function nextNonEmpty(lines: string[], from: number): string | undefined {
  for (let index = from; index < lines.length; index += 1) if (!isBlank(lines[index])) return lines[index];
  return undefined;
}

/** Whether a copied original message starts here: all that follows is quoted, though no line says ">". */
function startsOriginal(lines: string[], index: number): boolean {
  const line = lines[index];
  if (SEPARATOR.test(line)) return true;
  if (UNDERSCORES.test(line)) return HEADER_FROM.test(nextNonEmpty(lines, index + 1) ?? "");
  return HEADER_FROM.test(line) && lines.slice(index + 1, index + 4).some((next) => HEADER_NEXT.test(next));
}

/**
 * Whether `text` introduces a quote. "Мне написал:" in the customer's own words is not an attribution: one
 * that says so needs the quote right below it and a date or an address; without the quote below, only an
 * unmistakable one counts (a date and an address, or "On … wrote:").
 */
function isAttribution(text: string, isQuoteBelow: boolean): boolean {
  if (WROTE.test(text)) {
    if (isQuoteBelow) return /@|\d/.test(text);
    return (/@/.test(text) && /\d/.test(text)) || /^\s*on\s.*\bwrote\s*:\s*$/i.test(text);
  }
  return isQuoteBelow && ADDRESS_COLON.test(text);
}

/** How many lines the attribution starting here takes (Gmail wraps a long one over two), or 0. */
function attributionAt(lines: string[], index: number): number {
  const line = lines[index];
  if (isQuoted(line) || isBlank(line)) return 0;
  if (isAttribution(line, isQuoted(nextNonEmpty(lines, index + 1)))) return 1;
  const next = lines[index + 1];
  // Not when the next line is an attribution of its own ("Hello," above "On … wrote:").
  if (!ATTRIBUTION_START.test(line) || isQuoted(next) || isBlank(next) || ATTRIBUTION_START.test(next)) return 0;
  return isAttribution(`${line} ${next}`, isQuoted(nextNonEmpty(lines, index + 2))) ? 2 : 0;
}

function tidy(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function splitReply(text: string): TReplyParts {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const own: string[] = [];
  const quoted: string[] = [];
  let isSignature = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (startsOriginal(lines, index)) {
      quoted.push(...lines.slice(index));
      break;
    }
    const attribution = attributionAt(lines, index);
    if (attribution > 0) {
      const rest = lines.slice(index);
      // An attribution without ">" lines below it heads an original copied whole: the rest is the quote.
      if (!isQuoted(nextNonEmpty(lines, index + attribution))) {
        quoted.push(...rest);
        break;
      }
      quoted.push(...rest.slice(0, attribution));
      index += attribution - 1;
      isSignature = false;
    } else if (isQuoted(line)) {
      quoted.push(line);
      isSignature = false;
    } else if (SIGNATURE.test(line)) {
      isSignature = true;
    } else if (!isSignature) {
      own.push(line);
    }
  }
  while (own.length && (isBlank(own[own.length - 1]) || MOBILE_FOOTER.test(own[own.length - 1]))) own.pop();
  return { own: tidy(own), quoted: tidy(quoted) };
}
