/**
 * What in a text a person would not have written: a raw enum (SURVEY_COMPLETED), a doubled «г.», a
 * placeholder left in braces, «undefined»/«null»/«NaN», Cyrillic in an English text, or an email that asks
 * for a reply above a footer saying not to reply. Shared by the test of every email template and the test of
 * every page's visible text. Returns what was found, empty when the text reads as a person's.
 */

/** Upper-case words that are real abbreviations, not codes. */
const ABBREVIATIONS = new Set([
  "ID",
  "SMTP",
  "URL",
  "PDF",
  "JPEG",
  "PNG",
  "HEIC",
  "CSV",
  "JSON",
  "KB",
  "MB",
  "FZ",
  "MSK",
  "QR",
  "OK",
  "UTC",
  "SMS",
  "API",
  "ICS",
  "HTTP",
  "HTTPS",
  "ISO",
  "EMS",
  "UPU",
  "UK",
  "GB",
  "RU",
  "NPS",
  "PIN",
]);

const CHECKS: { name: string; pattern: RegExp; locales?: readonly string[] }[] = [
  { name: "doubled «г.»", pattern: /г\.\s*\.|г\.\s+г\./g },
  { name: "placeholder", pattern: /[{}]/g },
  { name: "missing value", pattern: /\b(?:undefined|null|NaN)\b/g },
  { name: "Cyrillic in English", pattern: /[а-яё]+/gi, locales: ["en"] },
  {
    name: "asks for a reply and says not to reply",
    pattern: /(?:ответьте на это письмо[\s\S]*отвечать на него не нужно|reply to this email[\s\S]*no need to reply)/gi,
  },
];

export function machineWords(text: string, locale: string, dataWords?: RegExp): string[] {
  // Addresses are not words, and what the data brings in (names, titles) is the reader's, not ours.
  let words = text.replace(/\bhttps?:\/\/\S+/g, " ").replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, " ");
  if (dataWords) words = words.replace(dataWords, " ");
  const found: string[] = [];
  for (const token of words.match(/(?<![\p{L}\p{N}_-])[A-Z][A-Z_]*[A-Z](?![\p{L}\p{N}_-])/gu) ?? []) {
    if (!ABBREVIATIONS.has(token)) found.push(`raw enum: ${token}`);
  }
  for (const check of CHECKS) {
    if (check.locales && !check.locales.includes(locale)) continue;
    for (const match of words.match(check.pattern) ?? []) found.push(`${check.name}: ${match.slice(0, 80)}`);
  }
  return found;
}

export function readsAsPerson(text: string, locale: string): boolean {
  return machineWords(text, locale).length === 0;
}
