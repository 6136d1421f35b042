/**
 * The text fields of a posted form, by name (the first value of each). Names starting with "$" are the
 * framework's own (the action's id when a form is posted before scripts run); files are read apart.
 */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$")) fields[name] ??= value;
  }
  return fields;
}
