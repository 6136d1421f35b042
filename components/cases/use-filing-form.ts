"use client";

import { useState } from "react";
import type { FieldValues, Path } from "react-hook-form";

import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { useLightForm } from "@/components/ui/use-light-form";
import type { TActionResult } from "@/lib/action/action-result";
import { submissionFormData } from "@/lib/action/submission-form-data";
import type { TReceipt } from "@/lib/cases/receipt";

export type TFilingLightForm<TInput extends FieldValues, TOutput> = ReturnType<typeof useLightForm<TInput, TOutput>>;

/** What FilingForm shows around a filing form's own fields. */
export type TFilingFrame = {
  idPrefix: string;
  onSubmit: () => Promise<unknown>;
  failure?: string;
  errors: { fieldId: string; message: string }[];
  receipt: TReceipt | null;
};

/**
 * Sends a filing form: what the user typed (the server parses it with the same schema) and the files, as
 * FormData with one idempotency key per form, so a double click or a retry after a lost answer files one
 * case. A new key is taken only after a success. Field errors go on the fields; a problem with the files,
 * or one no field carries, is kept for the error summary. Field ids are `${idPrefix}-${field}`.
 */
export function useFilingForm<TInput extends FieldValues, TOutput>(
  form: TFilingLightForm<TInput, TOutput>,
  {
    idPrefix,
    fields,
    action,
  }: {
    idPrefix: string;
    fields: readonly Path<TInput>[];
    action: (formData: FormData) => Promise<TActionResult<TReceipt>>;
  },
) {
  const { errors, errorOf, idOf, applyResult } = useFormErrors(form, idPrefix, fields);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [files, setFiles] = useState<File[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const {
    run,
    data: receipt,
    errorOf: actionErrorOf,
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
    return run(submissionFormData(form.getValues(), idempotencyKey, files));
  }

  const attachments = { id: `${idPrefix}-attachments`, error: actionErrorOf("attachments"), onChange: setFiles };
  const frame: TFilingFrame = {
    idPrefix,
    onSubmit,
    failure,
    errors: attachments.error ? [...errors, { fieldId: attachments.id, message: attachments.error }] : errors,
    receipt: receipt ?? null,
  };
  return { errorOf, idOf, attachments, frame };
}
