/** How a form with files reaches a server action: the fields as JSON, the key, the files. */
export const SUBMISSION_FIELDS = { data: "data", idempotencyKey: "idempotencyKey", files: "attachments" } as const;

/**
 * Builds the FormData a ZSubmission schema (lib/action/submission.ts) reads. Apart from the schema, so
 * forms can send without bringing zod along.
 */
export function submissionFormData(fields: unknown, idempotencyKey: string, files: File[] = []): FormData {
  const formData = new FormData();
  formData.set(SUBMISSION_FIELDS.data, JSON.stringify(fields));
  formData.set(SUBMISSION_FIELDS.idempotencyKey, idempotencyKey);
  for (const file of files) formData.append(SUBMISSION_FIELDS.files, file);
  return formData;
}
