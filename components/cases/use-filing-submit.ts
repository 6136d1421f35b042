"use client";

import { useState } from "react";

import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { submissionFormData } from "@/lib/action/submission-form-data";
import type { TReceipt } from "@/lib/cases/receipt";

/**
 * Sends a filing form: what the user typed (the server parses it with the same schema) and the files, as
 * FormData with one idempotency key per form, so a double click or a retry after a lost answer files one
 * case. A new key is taken only after a success. Field errors go on the fields (applyResult); a problem
 * with the files, or one no field carries, is kept for the error summary.
 */
export function useFilingSubmit({
  action,
  values,
  applyResult,
}: {
  action: (formData: FormData) => Promise<TActionResult<TReceipt>>;
  values: () => unknown;
  applyResult: (result: TActionResult<unknown>) => string | undefined;
}) {
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const {
    run,
    data: receipt,
    errorOf,
  } = useAction(action, {
    refresh: false,
    onSuccess: () => setIdempotencyKey(crypto.randomUUID()),
    onFailure: (result) => {
      if (!result.fieldErrors?.attachments) setFailure(applyResult(result));
    },
  });

  /** Resolves when the server has answered, so the form stays busy (and sends once) until then. */
  function onSubmit() {
    setFailure(undefined);
    return run(submissionFormData(values(), idempotencyKey, files));
  }

  return { onSubmit, receipt: receipt ?? null, setFiles, failure, fileError: errorOf("attachments") };
}
