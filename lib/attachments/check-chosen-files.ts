import { sanitiseFileName } from "./file-name";
import type { TUploadError } from "./inspect-uploads";
import { ATTACHMENT_LIMITS, ATTACHMENT_MAX_MB } from "./limits";

function isSameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/**
 * The browser's quick check as files are picked: the ones already chosen plus the new ones that fit
 * (not empty, not too big, not a second pick of the same file, no more than the limit), and what was
 * left out and why. Only sizes and counts: the type is judged by the server from the content. `maxFiles`
 * is lower where the day's allowance leaves fewer files than one request may carry.
 */
export function checkChosenFiles(
  current: File[],
  picked: File[],
  maxFiles: number = ATTACHMENT_LIMITS.maxFiles,
): { files: File[]; errors: TUploadError[] } {
  const files = [...current];
  const errors: TUploadError[] = [];
  let isOverCount = false;
  for (const file of picked) {
    const name = sanitiseFileName(file.name);
    if (files.some((chosen) => isSameFile(chosen, file))) continue;
    if (file.size === 0) errors.push({ fileName: name, messageKey: "attachments.empty", values: { name } });
    else if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      errors.push({ fileName: name, messageKey: "attachments.tooLarge", values: { name, maxMb: ATTACHMENT_MAX_MB } });
    } else if (files.length >= maxFiles) isOverCount = true;
    else files.push(file);
  }
  if (isOverCount) errors.push({ fileName: "", messageKey: "attachments.tooMany", values: { max: maxFiles } });
  return { files, errors };
}
