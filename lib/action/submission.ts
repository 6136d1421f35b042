import * as z from "@/lib/validation/z";

import { formFields, formValues } from "./form-fields";
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
  return {
    ...formFields(raw),
    idempotencyKey: raw.get(SUBMISSION_FIELDS.idempotencyKey),
    // A file input left empty posts one nameless, empty file.
    files: raw.getAll(SUBMISSION_FIELDS.files).filter((file) => file instanceof File && file.size > 0),
  };
}

/**
 * A form's own schema, read from a posted form (FormData) or taken as an object (the JSON API, tests);
 * `lists` names its groups of checkboxes, read as lists (formValues).
 */
export function ZFormFields<TSchema extends z.ZodType>(
  schema: TSchema,
  { lists = [] }: { lists?: readonly (keyof z.input<TSchema> & string)[] } = {},
) {
  return z.preprocess((raw) => (raw instanceof FormData ? formValues(raw, lists) : raw), schema);
}

/** The form's own schema, read from FormData, with the idempotency key and files beside it. */
export function ZSubmission<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess(fromFormData, ZSubmissionMeta.and(schema));
}
