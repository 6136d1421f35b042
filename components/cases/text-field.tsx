"use client";

import { useFormContext } from "react-hook-form";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useTranslatedError } from "@/components/ui/use-translated-error";

/** A text input (or textarea) of the surrounding form, by field name. */
export function TextField({
  id,
  name,
  label,
  hint,
  isMultiline = false,
  maxLength,
  inputMode,
  type = "text",
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  isMultiline?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "decimal";
  type?: "text" | "date";
}) {
  const translate = useTranslatedError();
  const { register, formState } = useFormContext<Record<string, string>>();
  return (
    <FormField id={id} label={label} hint={hint} error={translate(formState.errors[name]?.message)}>
      {(control) =>
        isMultiline ? (
          <Textarea rows={4} maxLength={maxLength} {...control} {...register(name)} />
        ) : (
          <Input type={type} inputMode={inputMode} maxLength={maxLength} {...control} {...register(name)} />
        )
      }
    </FormField>
  );
}
