"use client";

import type { FieldValues, Path, Resolver } from "react-hook-form";

import { useFormAction } from "@/components/ui/use-form-action";
import type { TFormState } from "@/lib/action/form-state";
import type { TReceipt } from "@/lib/cases/receipt";

export type TFilingAction = (previous: TFormState<TReceipt>, formData: FormData) => Promise<TFormState<TReceipt>>;

/**
 * A public filing form (complaint, claim): useFormAction, whose answer is the receipt, with the files field
 * (its input posts the files with the form; a problem with them shows on it and in the summary, and goes
 * when the chosen files change). The idempotency key comes from the page, so a double click, a retry after
 * a lost answer or a form posted twice without scripts files one case.
 */
export function useFilingForm<TInput extends FieldValues, TOutput>(options: {
  action: TFilingAction;
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: Partial<TInput>;
  idPrefix: string;
  labels: Partial<Record<Path<TInput> | "attachments", string>>;
}) {
  const filing = useFormAction<TInput, TOutput, TReceipt>(options);
  const attachments = {
    id: filing.idOf("attachments"),
    error: filing.errorOf("attachments"),
    onChange: () => filing.form.clearError("attachments"),
  };
  return { ...filing, attachments };
}

export type TFiling<TInput extends FieldValues, TOutput> = ReturnType<typeof useFilingForm<TInput, TOutput>>;
