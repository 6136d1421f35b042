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
