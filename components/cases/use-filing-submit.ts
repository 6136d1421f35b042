"use client";

import { useState } from "react";

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
  const [receipt, setReceipt] = useState<TReceipt | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();

  async function onSubmit() {
    setFailure(undefined);
    setFileError(undefined);
    const result = await action(submissionFormData(values(), idempotencyKey, files));
    if (result.ok) {
      setReceipt(result.data);
      setIdempotencyKey(crypto.randomUUID());
    } else if (result.fieldErrors?.attachments) {
      setFileError(result.fieldErrors.attachments);
    } else {
      setFailure(applyResult(result));
    }
  }

  return { onSubmit, receipt, setFiles, failure, fileError };
}
