"use client";

import { useFormContext } from "react-hook-form";

import { useTranslatedError } from "@/components/ui/use-translated-error";

import { TextControl, type TTextControlProps } from "./text-control";

/** A text input (or textarea) of the surrounding react-hook-form form, by field name. */
export function TextField({ name, ...props }: TTextControlProps & { name: string }) {
  const translate = useTranslatedError();
  const { register, formState } = useFormContext<Record<string, string>>();
  return <TextControl {...props} registration={register(name)} error={translate(formState.errors[name]?.message)} />;
}
