"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";

import { useTexts } from "@/components/i18n/texts";
import type { TActionResult } from "@/lib/action/action-result";

type TResult = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

/** The schema's field errors, as catalogue keys (the first one per field). */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
  return errors;
}

/**
 * Runs one of the case page's server actions: the input is checked first with the action's own schema when
 * one is given (the server checks it again), then while pending the form is busy; on success the page is
 * read again (history, status, deadline) and a confirmation shown; on failure the message and field errors.
 */
export function useCaseAction<TInput, TData>(action: (input: TInput) => Promise<TActionResult<TData>>, schema?: z.ZodType) {
  const router = useRouter();
  const t = useTexts();
  // Errors found here are catalogue keys; the server's arrive translated.
  const translated = (message: string | undefined) => (message && t.has(message) ? t(message) : message);
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<TResult | null>(null);

  function run(input: TInput, onSuccess?: (data: TData) => void) {
    const checked = schema?.safeParse(input);
    if (checked && !checked.success) {
      setResult({ ok: false, fieldErrors: fieldErrorsOf(checked.error) });
      return;
    }
    startTransition(async () => {
      const response = await action(input);
      if (response.ok) {
        setResult({ ok: true });
        onSuccess?.(response.data);
        router.refresh();
      } else {
        setResult({ ok: false, message: response.message, fieldErrors: response.fieldErrors });
      }
    });
  }

  return {
    run,
    isPending,
    isDone: result?.ok === true,
    failure: result && !result.ok ? result.message : undefined,
    errorOf: (field: string) => translated(result?.fieldErrors?.[field]),
  };
}
