"use client";

import { useState, type ChangeEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TextCounter } from "@/components/ui/text-counter";
import { Textarea } from "@/components/ui/textarea";

export type TTextControlProps = {
  id: string;
  label: string;
  hint?: string;
  isMultiline?: boolean;
  /** A one-line field stops at it; a multi-line one shows a counter near it and cuts nothing (TextCounter). */
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
}: TTextControlProps & { registration: UseFormRegisterReturn & { defaultValue?: string }; error?: string }) {
  const [length, setLength] = useState(() => registration.defaultValue?.length ?? 0);
  if (!isMultiline) {
    return (
      <FormField id={id} label={label} hint={hint} error={error}>
        {(control) => <Input type={type} inputMode={inputMode} maxLength={maxLength} {...control} {...registration} />}
      </FormField>
    );
  }
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setLength(event.target.value.length);
    return registration.onChange(event);
  };
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <Textarea rows={4} {...control} {...registration} onChange={onChange} />
          {maxLength ? <TextCounter length={length} max={maxLength} /> : null}
        </>
      )}
    </FormField>
  );
}
