"use client";

import { type FieldValues, get, type Path, type UseFormReturn } from "react-hook-form";

import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";

/**
 * The errors of a form, for its fields and its error summary: from the zod schema in the browser, or from
 * the server action's answer (applyResult). Field ids are `${idPrefix}-${field}`.
 */
export function useFormErrors<TValues extends FieldValues, TParsed = TValues>(
  form: UseFormReturn<TValues, unknown, TParsed>,
  idPrefix: string,
  fields: readonly Path<TValues>[],
) {
  const translate = useTranslatedError();
  const errors = fields.flatMap((field) => {
    const message = translate((get(form.formState.errors, field) as { message?: string } | undefined)?.message);
    return message ? [{ fieldId: `${idPrefix}-${field}`, message }] : [];
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
