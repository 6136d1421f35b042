"use client";

import { startTransition, useActionState, useState, type FormEvent, type PointerEvent } from "react";
import type { FieldValues, Path, Resolver } from "react-hook-form";

import { useLightForm } from "@/components/ui/use-light-form";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import { EMPTY_FORM_STATE, type TFormState } from "@/lib/action/form-state";

/** A field of the error summary: where it links and what it says, the field named first. */
export type TSummaryError = { fieldId: string; label: string; message: string };

type TFormAction<TData> = (previous: TFormState<TData>, formData: FormData) => Promise<TFormState<TData>>;

/** What the form starts with: its defaults, and what was typed when the server refused it (strings). */
function startingValues<TInput extends FieldValues>(defaults: Partial<TInput>, echoed: Record<string, string>) {
  if (Object.keys(echoed).length === 0) return defaults;
  const values: Record<string, unknown> = { ...defaults, ...echoed };
  // A checkbox posts "on" when ticked and nothing when not.
  for (const [name, value] of Object.entries(defaults)) {
    if (typeof value === "boolean") values[name] = echoed[name] === "on" || echoed[name] === "true";
  }
  return values as Partial<TInput>;
}

/**
 * A public form that works with and without JavaScript (the idiom of the public desk's forms):
 * - the `<form>` gets `formProps`: its action is a server action through React's useActionState, so before
 *   the scripts run (or without them) the browser posts it and the page comes back with the answer, the
 *   typed values and the errors (lib/action/form-action.ts);
 * - once the scripts run, submitting checks the fields with the server's own schema first (useLightForm) and
 *   posts the same FormData only when they pass; the form is never reset, so nothing typed is lost;
 * - errors: on each field, and in the summary (`errors`, each naming its field by `labels`), which takes focus
 *   once per refused submit (`attempt`), never while a person types.
 * Field ids are `${idPrefix}-${field}`; `labels` lists the fields in the form's order.
 */
export function useFormAction<TInput extends FieldValues, TOutput, TData>({
  action,
  resolver,
  defaultValues,
  idPrefix,
  labels,
}: {
  action: TFormAction<TData>;
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: Partial<TInput>;
  idPrefix: string;
  labels: Partial<Record<Path<TInput> | "attachments", string>>;
}) {
  const translate = useTranslatedError();
  const [state, dispatch, isPending] = useActionState(action, EMPTY_FORM_STATE as TFormState<TData>);
  const refusal = state.result && !state.result.ok ? state.result : undefined;
  const form = useLightForm<TInput, TOutput>({
    resolver,
    defaultValues: startingValues(defaultValues, state.values),
    errors: refusal?.fieldErrors,
  });
  // A page that comes back refused (the form was posted before the scripts ran) focuses its summary as soon
  // as they do, as a submit refused in the browser would.
  const [attempt, setAttempt] = useState(() => (refusal ? 1 : 0));
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    // A new answer, to a post made with scripts running: its errors go on the fields and the summary.
    setAnswered(state);
    if (refusal) {
      form.setServerErrors(refusal.fieldErrors ?? {});
      setAttempt((count) => count + 1);
    }
  }

  const fields = Object.keys(labels) as (Path<TInput> | "attachments")[];
  const idOf = (field: Path<TInput> | "attachments") => `${idPrefix}-${field}`;
  const errorOf = (field: Path<TInput> | "attachments"): string | undefined =>
    translate((form.formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  // The summary appears with a refused submit, never before: one appearing as a field is left would push the
  // form down under the finger tapping the next field.
  const errors: TSummaryError[] =
    attempt === 0
      ? []
      : fields.flatMap((field) => {
          const message = errorOf(field);
          return message ? [{ fieldId: idOf(field), label: labels[field] ?? field, message }] : [];
        });
  // A refusal no field shows (too many requests, the database away) is said in the summary itself.
  const isOnFields = Object.keys(refusal?.fieldErrors ?? {}).some((field) => field in labels);
  const failure = refusal && !isOnFields ? refusal.message : undefined;

  function onPointerDown(event: PointerEvent<HTMLFormElement>) {
    if (event.target instanceof Element && event.target.closest("[type=submit]")) form.holdBlurChecks();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    void form.handleSubmit(
      () => startTransition(() => dispatch(formData)),
      () => setAttempt((count) => count + 1),
    )();
  }

  return {
    form,
    formProps: { action: dispatch, onSubmit, onPointerDown, noValidate: true },
    isPending,
    /** The server's data once it has accepted the form. */
    data: state.result?.ok ? state.result.data : undefined,
    /** What the server kept of the accepted form (see formAction's `keep`). */
    kept: state.values,
    errors,
    failure,
    attempt,
    errorOf,
    idOf,
  };
}
