import * as z from "@/lib/validation/z";

import { SUBMISSION_FIELDS } from "./submission-form-data";

export { SUBMISSION_FIELDS, submissionFormData } from "./submission-form-data";

/** A client-made key that makes a retried or double-clicked submission file one case. */
export const ZIdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, "validation.invalid");

const ZSubmissionMeta = z.object({
  idempotencyKey: ZIdempotencyKey,
  // The real limits (count, size, type by content) are checked by inspectUploads; this only bounds the input.
  files: z.array(z.instanceof(File)).max(20, "attachments.tooMany"),
});

function fromFormData(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  let fields: unknown = {};
  try {
    fields = JSON.parse(String(raw.get(SUBMISSION_FIELDS.data) ?? "{}"));
  } catch {
    // Unreadable JSON validates as an empty form: every required field is reported.
  }
  return {
    ...(fields && typeof fields === "object" ? fields : {}),
    idempotencyKey: raw.get(SUBMISSION_FIELDS.idempotencyKey),
    files: raw.getAll(SUBMISSION_FIELDS.files).filter((file) => file instanceof File && file.size > 0),
  };
}

/** The form's own schema, read from FormData, with the idempotency key and files beside it. */
export function ZSubmission<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess(fromFormData, ZSubmissionMeta.and(schema));
}
