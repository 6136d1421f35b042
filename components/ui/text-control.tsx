import type { UseFormRegisterReturn } from "react-hook-form";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

export type TTextControlProps = {
  id: string;
  label: string;
  hint?: string;
  isMultiline?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "decimal";
  type?: "text" | "date";
};

/** A labelled text input (or textarea) of any form: its registration and its error, already translated. */
export function TextControl({
  id,
  label,
  hint,
  isMultiline = false,
  maxLength,
  inputMode,
  type = "text",
  registration,
  error,
}: TTextControlProps & { registration: UseFormRegisterReturn; error?: string }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) =>
        isMultiline ? (
          <Textarea rows={4} maxLength={maxLength} {...control} {...registration} />
        ) : (
          <Input type={type} inputMode={inputMode} maxLength={maxLength} {...control} {...registration} />
        )
      }
    </FormField>
  );
}
