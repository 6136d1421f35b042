// The attachments of cases. Client components import ./limits and ./attachment-href directly: the
// modules below that touch storage and the database are server-only.
export { attachmentHref } from "./attachment-href";
export { detectContentType } from "./detect-content-type";
export { fileNameFor, sanitiseFileName } from "./file-name";
export { findAttachmentForApplicant, findAttachmentForStaff } from "./find-attachment";
export { inspectUploads, type TInspectedFile, type TInspectionResult, type TUploadError } from "./inspect-uploads";
export { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS, ATTACHMENT_TYPES, type TAttachmentType } from "./limits";
export { attachmentRowsFor, discardUploads, saveUploads, type TStoredUpload } from "./save-uploads";
