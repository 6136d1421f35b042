/**
 * What a case may carry: photos and scans. Shared by the upload field in the browser (hints, quick checks)
 * and the server, which judges every file again by its content.
 */

export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/heic", "application/pdf"] as const;

export type TAttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_LIMITS = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  types: ATTACHMENT_TYPES,
} as const;

/** The size limit in whole megabytes, as the messages state it. */
export const ATTACHMENT_MAX_MB = ATTACHMENT_LIMITS.maxBytes / (1024 * 1024);

/**
 * What an applicant may add through the status page in a day (a fixed 24-hour window): per case, and per
 * client address across all the cases it holds links to, so neither one link nor many filed from one
 * place can fill the storage. One request's files (ATTACHMENT_LIMITS) are at most a case's whole day.
 */
export const UPLOAD_ALLOWANCE = {
  windowSeconds: 24 * 60 * 60,
  perCase: { files: 20, bytes: 50 * 1024 * 1024 },
  perClient: { files: 40, bytes: 100 * 1024 * 1024 },
} as const;

/** What is left of the day's allowance: files and bytes. */
export type TUploadAllowance = { files: number; bytes: number };

/**
 * The allowance as the messages state it: files, and megabytes rounded down to a tenth. Less than a tenth
 * of a megabyte left, or no file, is nothing left.
 */
export function allowanceValues(allowance: TUploadAllowance): { files: number; mb: number } {
  const mb = Math.floor((allowance.bytes / (1024 * 1024)) * 10) / 10;
  return mb < 0.1 || allowance.files < 1 ? { files: 0, mb: 0 } : { files: allowance.files, mb };
}

/** The extensions a file of each type is saved and downloaded with; the first is added when one is missing. */
export const ATTACHMENT_EXTENSIONS: Record<TAttachmentType, readonly string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/heic": [".heic", ".heif"],
  "application/pdf": [".pdf"],
};

/**
 * The file picker's filter. Extensions as well as types: Windows and some Android pickers know no MIME
 * type for HEIC photos and would hide them otherwise.
 */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_TYPES,
  "image/heif",
  ...Object.values(ATTACHMENT_EXTENSIONS).flat(),
].join(",");
