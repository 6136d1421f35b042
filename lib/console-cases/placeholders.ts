/** The placeholders a reply template may use, filled per applicant. */
export const PLACEHOLDERS = ["name", "caseNumber", "dueDate", "statusLink", "trackingNumber"] as const;

export type TPlaceholder = (typeof PLACEHOLDERS)[number];
export type TPlaceholderValues = Record<TPlaceholder, string>;

/**
 * Replaces {name}, {caseNumber}, … with their values in one pass, so a value that itself contains "{…}" (a
 * name typed as "{statusLink}") is never expanded again. Unknown placeholders stay as written, for staff to
 * notice in the preview. The result is plain text: the email template escapes it for HTML.
 */
export function fillPlaceholders(text: string, values: TPlaceholderValues): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) =>
    (PLACEHOLDERS as readonly string[]).includes(key) ? values[key as TPlaceholder] : whole,
  );
}

/** The subject always carries the case number, so the customer's answer can be matched by it too. */
export function subjectWithNumber(subject: string, caseNumber: string): string {
  return subject.includes(caseNumber) ? subject : `${subject} (${caseNumber})`;
}
