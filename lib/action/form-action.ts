import "server-only";

import { randomUUID } from "node:crypto";
import { connection } from "next/server";

import type { TActionResult } from "./action-result";
import { formFields } from "./form-fields";
import type { TFormState } from "./form-state";
import { SUBMISSION_FIELDS } from "./submission-form-data";

// Sent back so the form shows them again; the key is the page's own and the honeypot is for bots.
const NOT_ECHOED = new Set<string>([SUBMISSION_FIELDS.idempotencyKey, "website"]);
/** Longer than any field may be: a value past it is refused anyway, and need not travel back whole. */
const MAX_ECHOED_LENGTH = 20_000;

function echoed(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(formFields(formData))) {
    if (!NOT_ECHOED.has(name)) values[name] = value.slice(0, MAX_ECHOED_LENGTH);
  }
  return values;
}

/**
 * A server action (defineAction, reading FormData) as a form's action for useActionState: the same
 * pipeline, with the typed values sent back when it refuses. A form then works before its scripts run — the
 * browser posts it and the page comes back with the answer — and the same way after. `keep` names the
 * values sent back after a success too (the email a receipt names).
 */
export function formAction<TData>(
  action: (formData: FormData) => Promise<TActionResult<TData>>,
  { keep = [] }: { keep?: readonly string[] } = {},
): (previous: TFormState<TData>, formData: FormData) => Promise<TFormState<TData>> {
  return async (_previous, formData) => {
    const result = await action(formData);
    // A call that is not a form post (a crafted request) gets its answer, and nothing echoed.
    const values = formData instanceof FormData ? echoed(formData) : {};
    if (!result.ok) return { result, values };
    return {
      result,
      values: Object.fromEntries(keep.flatMap((name) => (name in values ? [[name, values[name]]] : []))),
    };
  };
}

/**
 * A fresh idempotency key for a form the page renders: the page is then rendered per request (never
 * cached), since one key shared by two people would make their submissions one.
 */
export async function newIdempotencyKey(): Promise<string> {
  await connection();
  return randomUUID();
}
