"use client";

import { useState } from "react";

/**
 * A small form's values as typed, in plain state: `set(field)` is a text field's change handler, `clear()`
 * goes back to `empty` (after a new record is saved, say; an edited one keeps its values).
 */
export function useFormValues<TValues extends object>(initial: TValues | undefined, empty: TValues) {
  const [values, setValues] = useState<TValues>(initial ?? empty);
  const set = (field: keyof TValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  return { values, setValues, set, clear: () => setValues(empty) };
}
