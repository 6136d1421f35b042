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

/**
 * The history's one copy of a reply, which every applicant of the case reads, greets no one: a greeting line
 * built on {name} («Здравствуйте, {name}!») is left out, and the blank line after it, rather than greeting
 * a stand-in noun («Здравствуйте, заявитель!») or one applicant by name in front of another. {name} inside a
 * longer sentence stays, for the stand-in to fill.
 */
export function withoutNameGreeting(text: string): string {
  const lines = text.split("\n");
  const isGreeting = (line: string) =>
    line.includes("{name}") &&
    line
      .replace(/\{name\}/g, "")
      .trim()
      .split(/\s+/)
      .filter(Boolean).length <= 3;
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isGreeting(lines[i])) kept.push(lines[i]);
    else if (lines[i + 1]?.trim() === "") i++;
  }
  return kept.join("\n");
}

/** The subject always carries the case number, so the customer's answer can be matched by it too. */
export function subjectWithNumber(subject: string, caseNumber: string): string {
  return subject.includes(caseNumber) ? subject : `${subject} (${caseNumber})`;
}
