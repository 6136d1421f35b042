"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import type { z } from "@/lib/validation/z";

/*
 * How a form or a button changes something on the server, everywhere in the portal:
 * - fields: react-hook-form's `register` (with the server's zod schema as resolver), or plain state for small
 *   forms;
 * - the mutation: always `useAction(action, options)` below, whose `run` the form's submit (or RHF's
 *   `handleSubmit`) calls. It gives the pending flag, the outcome and the field errors in one shape.
 * Public forms — anything a customer fills in without signing in, and the member's sign-in — must work before
 * their scripts load and without them: they post through `useFormAction` (use-form-action.ts: useActionState
 * with a server action made by `formAction`, fields through `useLightForm`) instead.
 */

export type TActionFailure = Extract<TActionResult<unknown>, { ok: false }>;

type TOptions<TInput, TData, TSchema> = {
  /**
   * The action's own schema: the input is checked in the browser first and sent only when valid. `run` then
   * takes the form's values as typed (strings for numbers, say): the schema decides whether they are a valid
   * input, and the server parses them itself, transforms and all.
   */
  schema?: TSchema;
  onSuccess?: (data: TData, input: TInput) => void;
  /** The server's refusal, e.g. to put its field errors on react-hook-form's fields. */
  onFailure?: (failure: TActionFailure, input: TInput) => void;
  /** Read the page again after a success (default): lists, statuses and counts change with it. */
  refresh?: boolean;
};

type TState<TData> = { ok: true; data: TData } | { ok: false; message?: string; fieldErrors: Record<string, string> };

/** The schema's field errors, as catalogue keys (the first one per field; "form" for the whole input). */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
  return errors;
}

/**
 * Runs one server action: checked first with its schema when one is given, busy while it runs, then the
 * outcome — the data and a confirmation, or the server's message and field errors in the user's language.
 * `run` resolves with the answer (nothing when the schema refused the input) once the action has answered, so
 * a form library's submitting state lasts as long.
 */
export function useAction<TInput, TData, TSchema extends z.ZodType = never>(
  action: (input: TInput) => Promise<TActionResult<TData>>,
  options: TOptions<TInput, TData, TSchema> = {},
) {
  const router = useRouter();
  // The schema's errors are catalogue keys; the server's arrive translated.
  const translate = useTranslatedError();
  const [isPending, startTransition] = useTransition();
  const [state, setState] = useState<TState<TData> | null>(null);
  const { schema, onSuccess, onFailure, refresh = true } = options;

  function run(values: [TSchema] extends [never] ? TInput : unknown): Promise<TActionResult<TData> | undefined> {
    // Without a schema the values are the action's input; with one, they are sent as typed once the schema
    // accepts them (the server parses them again).
    const input = values as TInput;
    const checked = schema?.safeParse(input);
    if (checked && !checked.success) {
      setState({ ok: false, fieldErrors: fieldErrorsOf(checked.error) });
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      startTransition(async () => {
        let result: TActionResult<TData> | undefined;
        try {
          result = await action(input);
          if (result.ok) {
            setState({ ok: true, data: result.data });
            onSuccess?.(result.data, input);
            if (refresh) router.refresh();
          } else {
            setState({ ok: false, message: result.message, fieldErrors: result.fieldErrors ?? {} });
            onFailure?.(result, input);
          }
        } finally {
          resolve(result);
        }
      });
    });
  }

  /**
   * Checks the errors shown against the values as they are now (with the schema), so an error goes as soon
   * as its field is right, as the public forms do; a field without an error is not checked while it is typed.
   */
  function recheck(values: unknown) {
    if (!schema || !state || state.ok || Object.keys(state.fieldErrors).length === 0) return;
    const checked = schema.safeParse(values);
    const now = checked.success ? {} : fieldErrorsOf(checked.error);
    const kept = Object.fromEntries(
      Object.keys(state.fieldErrors)
        .filter((field) => field in now)
        .map((field) => [field, now[field]]),
    );
    const isSame =
      Object.keys(kept).length === Object.keys(state.fieldErrors).length &&
      Object.entries(kept).every(([field, message]) => state.fieldErrors[field] === message);
    if (!isSame) setState({ ...state, fieldErrors: kept });
  }

  /**
   * Lets go of the errors of fields changed since they were sent, for forms whose errors only the server can
   * judge: a person who has changed a field has answered its error, and is told again if the server still
   * refuses it.
   */
  function forget(fields: readonly string[]) {
    if (!state || state.ok || fields.length === 0) return;
    const kept = Object.entries(state.fieldErrors).filter(
      ([path]) => !fields.some((field) => path === field || path.startsWith(`${field}.`)),
    );
    if (kept.length < Object.keys(state.fieldErrors).length)
      setState({ ...state, fieldErrors: Object.fromEntries(kept) });
  }

  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return {
    recheck,
    forget,
    run,
    isPending,
    isDone: state?.ok === true,
    /** The last success's data. */
    data: state?.ok ? state.data : undefined,
    /** The server's message, in the user's language. */
    failure: state && !state.ok ? state.message : undefined,
    /** Field (dotted path) → error as sent or as the schema names it (a catalogue key). */
    fieldErrors,
    errorOf: (field: string) => translate(fieldErrors[field]),
    /** Forgets the last outcome, e.g. when the user starts over. */
    reset: () => setState(null),
  };
}
