"use client";

import type { FieldErrors, FieldValues, Path } from "react-hook-form";

import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";

/**
 * The errors of a form, for its fields and its error summary: from the zod schema in the browser, or from
 * the server action's answer (applyResult). Field ids are `${idPrefix}-${field}`.
 */
/** What the hook needs of a form: react-hook-form's useForm() or useLightForm() (use-light-form.ts). */
type TErrorsForm<TValues extends FieldValues> = {
  formState: { errors: FieldErrors<TValues> };
  setError: (name: Path<TValues>, error: { message: string }) => void;
};

/** The error at a dotted path ("items.0.name") of react-hook-form's nested errors. */
function errorAt(errors: FieldErrors, path: string): { message?: string } | undefined {
  let node: unknown = errors;
  for (const key of path.split("."))
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node as { message?: string } | undefined;
}

export function useFormErrors<TValues extends FieldValues>(
  form: TErrorsForm<TValues>,
  idPrefix: string,
  /** The fields in the form's order; with their labels, the error summary names each field. */
  fieldsOrLabels: readonly Path<TValues>[] | Partial<Record<Path<TValues>, string>>,
) {
  const translate = useTranslatedError();
  const isList = (value: typeof fieldsOrLabels): value is readonly Path<TValues>[] => Array.isArray(value);
  const labels: Partial<Record<string, string>> = isList(fieldsOrLabels) ? {} : fieldsOrLabels;
  const fields = isList(fieldsOrLabels) ? fieldsOrLabels : (Object.keys(fieldsOrLabels) as Path<TValues>[]);
  const errors = fields.flatMap((field) => {
    const message = translate(errorAt(form.formState.errors, field)?.message);
    return message ? [{ fieldId: `${idPrefix}-${field}`, label: labels[field], message }] : [];
  });
  const errorOf = (field: Path<TValues>) => errors.find((error) => error.fieldId === `${idPrefix}-${field}`)?.message;
  const idOf = (field: Path<TValues>) => `${idPrefix}-${field}`;

  /** Puts the server's field errors on the fields; returns the message when no field carries it. */
  function applyResult(result: TActionResult<unknown>): string | undefined {
    if (result.ok) return undefined;
    let isShownOnField = false;
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if ((fields as readonly string[]).includes(field)) {
        form.setError(field as Path<TValues>, { message });
        isShownOnField = true;
      }
    }
    return isShownOnField ? undefined : result.message;
  }

  return { errors, errorOf, idOf, applyResult };
}
