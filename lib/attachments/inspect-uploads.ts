import { detectContentType, SNIFF_BYTES } from "./detect-content-type";
import { fileNameFor, sanitiseFileName } from "./file-name";
import { ATTACHMENT_LIMITS, ATTACHMENT_MAX_MB, type TAttachmentType } from "./limits";

/** An upload that passed every check, with the type judged from its content and a safe name. */
export type TInspectedFile = {
  file: File;
  fileName: string;
  contentType: TAttachmentType;
  size: number;
};

/** What is wrong with one upload (or, with an empty fileName, with the set), as a catalogue key. */
export type TUploadError = {
  fileName: string;
  messageKey: string;
  values?: Record<string, string | number>;
};

export type TInspectionResult = { ok: true; files: TInspectedFile[] } | { ok: false; errors: TUploadError[] };

async function inspectOne(file: File): Promise<TInspectedFile | TUploadError> {
  const shownName = sanitiseFileName(file.name);
  const values = { name: shownName };
  if (file.size === 0) return { fileName: shownName, messageKey: "attachments.empty", values };
  if (file.size > ATTACHMENT_LIMITS.maxBytes) {
    return { fileName: shownName, messageKey: "attachments.tooLarge", values: { ...values, maxMb: ATTACHMENT_MAX_MB } };
  }
  // Only the first bytes are read here; the whole file is read once, when it is saved.
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const contentType = detectContentType(head);
  if (!contentType) return { fileName: shownName, messageKey: "attachments.typeNotAllowed", values };
  return { file, fileName: fileNameFor(file.name, contentType), contentType, size: file.size };
}

/**
 * Checks uploads before anything is stored: how many, how big, not empty, and of an accepted type judged
 * from the content. Every problem is reported at once, so the person can fix them all in one go. Browsers
 * send an empty, nameless part for a file input left empty; such parts are not counted as files.
 */
export async function inspectUploads(files: File[]): Promise<TInspectionResult> {
  const chosen = files.filter((file) => !(file.size === 0 && file.name === ""));
  const errors: TUploadError[] = [];
  if (chosen.length > ATTACHMENT_LIMITS.maxFiles) {
    errors.push({ fileName: "", messageKey: "attachments.tooMany", values: { max: ATTACHMENT_LIMITS.maxFiles } });
  }
  const inspected: TInspectedFile[] = [];
  for (const outcome of await Promise.all(chosen.map(inspectOne))) {
    if ("messageKey" in outcome) errors.push(outcome);
    else inspected.push(outcome);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: inspected };
}
