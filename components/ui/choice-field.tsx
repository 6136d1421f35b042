"use client";

import { useFormContext } from "react-hook-form";

import { useTranslatedError } from "@/components/ui/use-translated-error";

import { ChoiceControl, type TChoiceControlProps } from "./choice-control";

/** A select of fixed options of the surrounding react-hook-form form, by field name. */
export function ChoiceField({ name, ...props }: TChoiceControlProps & { name: string }) {
  const translate = useTranslatedError();
  const { register, formState } = useFormContext<Record<string, string>>();
  return <ChoiceControl {...props} registration={register(name)} error={translate(formState.errors[name]?.message)} />;
}
