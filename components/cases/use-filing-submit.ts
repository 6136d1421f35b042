"use client";

import { useState } from "react";

import type { TActionResult } from "@/lib/action/action-result";
import { submissionFormData } from "@/lib/action/submission";
import type { TReceipt } from "@/lib/cases/receipt";

/**
 * Sends a filing form: its values and files as FormData with one idempotency key per form, so a double
 * click or a retry after a lost answer files one case. A new key is taken only after a success.
 */
export function useFilingSubmit(action: (formData: FormData) => Promise<TActionResult<TReceipt>>) {
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [receipt, setReceipt] = useState<TReceipt | null>(null);

  async function submit(values: unknown, files: File[] = []): Promise<TActionResult<TReceipt>> {
    const result = await action(submissionFormData(values, idempotencyKey, files));
    if (result.ok) {
      setReceipt(result.data);
      setIdempotencyKey(crypto.randomUUID());
    }
    return result;
  }

  return { submit, receipt, reset: () => setReceipt(null) };
}
