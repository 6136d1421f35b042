import { ATTACHMENT_EXTENSIONS, type TAttachmentType } from "./limits";

export const MAX_FILE_NAME_LENGTH = 120;
const FALLBACK_NAME = "file";

// Control and format characters (right-to-left overrides turn "gpj.exe" into "exe.jpg" on screen), private
// use and unassigned code points, and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
// Characters Windows refuses in file names; quotes would also need escaping in headers.
const RESERVED = /[<>:"|?*]/g;

const KNOWN_EXTENSIONS = new Set(Object.values(ATTACHMENT_EXTENSIONS).flat());

function extensionOf(name: string): string {
  const match = /\.[^.\s]{1,10}$/u.exec(name);
  return match ? match[0] : "";
}

/** Cuts the stem, never the extension, to at most `max` characters (code points, not UTF-16 units). */
function truncate(name: string, max: number): string {
  const characters = Array.from(name);
  if (characters.length <= max) return name;
  const extension = extensionOf(name);
  const stem = Array.from(name.slice(0, name.length - extension.length));
  return (
    stem
      .slice(0, max - Array.from(extension).length)
      .join("")
      .trimEnd() + extension
  );
}

/**
 * A file name safe to store and to show: the last path segment only, no invisible or reserved characters,
 * single spaces, no leading dots (hidden files, "..") or trailing dots, at most MAX_FILE_NAME_LENGTH
 * characters. Letters of any script, Cyrillic included, are kept.
 */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    // Line breaks and tabs become spaces before control characters go, so words stay apart.
    .replace(/\s+/gu, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .trim()
    .replace(/^[.\s]+/u, "")
    .replace(/[.\s]+$/u, "");
  return truncate(cleaned || FALLBACK_NAME, MAX_FILE_NAME_LENGTH);
}

/**
 * The sanitised name with an extension that matches the content, so a download opens in the right
 * program: a PNG sent as "photo.jpg" is kept as "photo.png", a PDF named "scan" becomes "scan.pdf".
 */
export function fileNameFor(raw: string, contentType: TAttachmentType): string {
  const name = sanitiseFileName(raw);
  const extension = extensionOf(name);
  const allowed = ATTACHMENT_EXTENSIONS[contentType];
  if (allowed.includes(extension.toLowerCase())) return name;
  // Another accepted type's extension was simply wrong; anything else is part of the name and stays.
  const stem = KNOWN_EXTENSIONS.has(extension.toLowerCase()) ? name.slice(0, -extension.length) : name;
  return truncate(stem + allowed[0], MAX_FILE_NAME_LENGTH);
}
