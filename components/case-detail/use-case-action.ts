"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { TActionResult } from "@/lib/action/action-result";

/**
 * Runs one of the case page's server actions: while pending the form is busy; on success the page is
 * read again (history, status, deadline) and a confirmation shown; on failure the message and field errors.
 */
export function useCaseAction<TInput, TData>(action: (input: TInput) => Promise<TActionResult<TData>>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> } | null>(null);

  function run(input: TInput, onSuccess?: (data: TData) => void) {
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
    errorOf: (field: string) => result?.fieldErrors?.[field],
  };
}
