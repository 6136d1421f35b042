/** The builder's fields outside the questions, by the schema's path: their inputs' ids. */
const FIELD_IDS: Record<string, string> = { title: "survey-title", opensOn: "survey-opens", closesOn: "survey-closes" };

/**
 * The survey builder's errors for its error summary: each names its field (a question by its number) and
 * links to it, as the public forms' summaries do. A question with several errors is listed once: its own
 * box lists them all.
 */
export function builderErrorSummary(
  errors: Record<string, string>,
  translate: (message: string) => string,
  t: (key: string, values?: Record<string, number>) => string,
): { fieldId: string; label?: string; message: string }[] {
  const entries = new Map<string, { fieldId: string; label?: string; message: string }>();
  for (const [path, message] of Object.entries(errors)) {
    const [field, index] = path.split(".");
    const isQuestion = field === "questions" && /^\d+$/.test(index ?? "");
    const fieldId = isQuestion ? `question-${index}-text` : (FIELD_IDS[field] ?? "survey-title");
    const label = isQuestion
      ? t("questionNumber", { number: Number(index) + 1 })
      : FIELD_IDS[field]
        ? t(field)
        : undefined;
    if (!entries.has(fieldId)) entries.set(fieldId, { fieldId, label, message: translate(message) });
  }
  return [...entries.values()];
}
