/**
 * The customer's own words in a reply: what mail clients quote below it (the "On … wrote:" block and the
 * lines after it, lines starting with ">", Outlook's header block) and the signature ("-- ") are cut.
 * Deliberately simple: it looks for the first line that starts the quoted part and keeps what is above.
 */

// "On Sat, Nov 21, 2026 at 10:00 AM Club <no-reply@portal.example> wrote:", "… написал(а):", "… пишет:".
const WROTE = /(?:\bwrote|написал(?:\(а\)|а)?|пишет)\s*:\s*$/i;
// Яндекс, Mail.ru and Gmail in Russian end the line with the quoted sender: "21.11.2026, 10:00, Клуб <a@b>:".
const ADDRESS_COLON = /<[^<>\s@]+@[^<>\s]+>\s*:\s*$/;
const SEPARATOR = /^\s*-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)\s*-{2,}\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:from|от|отправитель)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|subject|отправлено|дата|кому|тема)\s*:/i;
const SIGNATURE = /^--\s?$/;
const MOBILE_FOOTER = /^\s*(?:sent from my \S+|отправлено (?:с|из) .{1,60})\s*$/i;

const isQuoted = (line: string | undefined) => line !== undefined && /^\s*>/.test(line);

function nextNonEmpty(lines: string[], from: number): string | undefined {
  for (let index = from; index < lines.length; index += 1) if (lines[index].trim() !== "") return lines[index];
  return undefined;
}

/** Whether the quoted part of the reply begins at this line. */
function startsQuotedPart(lines: string[], index: number): boolean {
  const line = lines[index];
  if (SEPARATOR.test(line) || SIGNATURE.test(line)) return true;
  if (UNDERSCORES.test(line) && HEADER_FROM.test(nextNonEmpty(lines, index + 1) ?? "")) return true;
  if (HEADER_FROM.test(line) && lines.slice(index + 1, index + 4).some((next) => HEADER_NEXT.test(next))) return true;
  // Gmail wraps a long attribution over two lines: "On …, Club <a@b>" / "wrote:".
  const joined = `${line} ${lines[index + 1] ?? ""}`;
  const isWrapped = /^\s*(?:on\s|\d)/i.test(line) && !isQuoted(lines[index + 1]) && WROTE.test(lines[index + 1] ?? "");
  if (!isQuoted(line) && (WROTE.test(line) || isWrapped)) {
    // "Мне написал:" in the customer's own text is not an attribution: those carry a date or an address.
    return /@|\d/.test(joined) || isQuoted(nextNonEmpty(lines, index + 1));
  }
  return ADDRESS_COLON.test(line) && isQuoted(nextNonEmpty(lines, index + 1));
}

export function stripQuotedText(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const end = lines.findIndex((_, index) => startsQuotedPart(lines, index));
  const own = (end === -1 ? lines : lines.slice(0, end)).filter((line) => !isQuoted(line));
  while (own.length && (own[own.length - 1].trim() === "" || MOBILE_FOOTER.test(own[own.length - 1]))) own.pop();
  while (own.length && own[0].trim() === "") own.shift();
  return own.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
