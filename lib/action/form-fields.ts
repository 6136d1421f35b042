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

/**
 * A posted form's values: its text fields by name, and the fields named in `lists` — a group of checkboxes
 * posts one value per ticked box, under one name — each as the list of its values (empty when none is ticked).
 */
export function formValues<TList extends string>(
  formData: FormData,
  lists: readonly TList[] = [],
): Record<string, string | string[]> & Record<TList, string[]> {
  const values: Record<string, string | string[]> = formFields(formData);
  for (const name of lists) {
    values[name] = formData.getAll(name).filter((value): value is string => typeof value === "string");
  }
  return values as Record<string, string | string[]> & Record<TList, string[]>;
}
