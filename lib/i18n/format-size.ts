import { formatNumber } from "./format-number";

/**
 * A file's size as the catalogue words it (attachments.sizeKb / sizeMb: «8 КБ», «8 KB», «1,5 МБ»): the unit's
 * message and the number in the page's language. Kilobytes are whole and at least 1 (a 200-byte file is not
 * «0 КБ»); megabytes keep one decimal. The status page, the upload field and the console all size files here.
 */
export function fileSize(bytes: number, locale: string): { key: "sizeKb" | "sizeMb"; size: string } {
  const number = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return { key: "sizeKb", size: number(Math.max(1, Math.ceil(bytes / 1024))) };
  return { key: "sizeMb", size: number(bytes / (1024 * 1024)) };
}
