"use client";

import { useEffect, useRef } from "react";

import { useAction } from "@/components/ui/use-action";
import { useFormValues } from "@/components/ui/use-form-values";
import type { TActionResult } from "@/lib/action/action-result";
import type { z } from "@/lib/validation/z";

/** The props of a console form that creates a record or edits `initial`, saving through `action`. */
export type TRecordFormProps<TValues, TInput> = {
  initial?: TValues;
  action: (input: TInput) => Promise<TActionResult<{ id: string }>>;
};

/**
 * A console form that creates a record or edits one (in an ActionForm): its values, the record's or `empty`;
 * its save action, checked first with the schema when one is given; after a new record is saved the form is
 * empty again for the next one, while an edited record keeps its values. `prefix` names the form's box and
 * fields: `${name}-${id}`, or `${name}-new`.
 */
export function useRecordForm<TValues extends { id?: string }, TInput, TData, TSchema extends z.ZodType = never>({
  name,
  initial,
  empty,
  action,
  schema,
}: {
  name: string;
  initial: TValues | undefined;
  empty: TValues;
  action: (input: TInput) => Promise<TActionResult<TData>>;
  schema?: TSchema;
}) {
  const { values, setValues, set, clear } = useFormValues(initial, empty);
  const { run, errorOf, forget, ...state } = useAction(action, {
    schema,
    onSuccess: () => (initial ? undefined : clear()),
  });
  // The values as last sent: a field changed since then has its error taken away.
  const sent = useRef<TValues | null>(null);
  useEffect(() => {
    const before = sent.current;
    if (before)
      forget(
        Object.keys(values).filter((key) => !Object.is(values[key as keyof TValues], before[key as keyof TValues])),
      );
  }, [values]); // eslint-disable-line react-hooks/exhaustive-deps -- forget is new each render
  const send = (input: Parameters<typeof run>[0]) => {
    sent.current = values;
    return run(input);
  };
  return { values, setValues, set, run: send, errorOf, state, prefix: `${name}-${initial?.id ?? "new"}` };
}
