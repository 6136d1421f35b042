/** How a form with files reaches a server action: its fields by name, the key, the files. */
export const SUBMISSION_FIELDS = { idempotencyKey: "idempotencyKey", files: "attachments" } as const;

/**
 * Builds the FormData a browser posts for such a form (what ZSubmission in lib/action/submission.ts reads):
 * a ticked checkbox as "on", an unticked one left out, anything else as text. Apart from the schema, so callers need not bring zod.
 */
export function submissionFormData(fields: unknown, idempotencyKey: string, files: File[] = []): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields && typeof fields === "object" ? fields : {})) {
    if (value === undefined || value === null || value === false) continue;
    formData.set(name, value === true ? "on" : asText(value));
  }
  formData.set(SUBMISSION_FIELDS.idempotencyKey, idempotencyKey);
  for (const file of files) formData.append(SUBMISSION_FIELDS.files, file);
  return formData;
}

/** A value as form text; an object whose own toString or valueOf is not a function reads as any object does. */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
