"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

export type TChoiceControlProps = {
  id: string;
  label: string;
  options: readonly string[];
  /** The catalogue namespace of the options' labels: `${labels}.${value}`. */
  labels: string;
};

/** A labelled select of fixed options, for any form: its registration and its error, already translated. */
export function ChoiceControl({
  id,
  label,
  options,
  labels,
  registration,
  error,
}: TChoiceControlProps & { registration: UseFormRegisterReturn; error?: string }) {
  const t = useTexts();
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <Select {...control} {...registration}>
          <option value="">{t("claimForm.choose")}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`${labels}.${option}`)}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
