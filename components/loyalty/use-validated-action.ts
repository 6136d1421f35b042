"use client";

import { useState } from "react";

import { useCaseAction } from "@/components/case-detail/use-case-action";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import type { z } from "@/lib/validation/z";

/**
 * A console form's action, checked first in the browser with the server's own schema: field errors show at
 * once, in the user's language, and only a valid input is sent (the server checks it again).
 */
export function useValidatedAction<TSchema extends z.ZodType, TData>(
  schema: TSchema,
  action: (input: z.input<TSchema>) => Promise<TActionResult<TData>>,
) {
  const translate = useTranslatedError();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const state = useCaseAction(action);

  /** The form's values as typed; they are what is sent (the server parses them itself, transforms and all). */
  function submit(input: unknown, onSuccess?: (data: TData) => void) {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
      setClientErrors(errors);
      return;
    }
    setClientErrors({});
    // The schema accepted the values, so they are a valid input of the action.
    state.run(input as z.input<TSchema>, onSuccess);
  }

  return { ...state, submit, errorOf: (field: string) => translate(clientErrors[field]) ?? state.errorOf(field) };
}
