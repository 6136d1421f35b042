"use client";

import { useTexts } from "@/components/i18n/texts";
import { useFormContext } from "react-hook-form";

import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/input";
import { useTranslatedError } from "@/components/ui/use-translated-error";

/** A select of fixed options whose labels live in the catalogue under `${labels}.${value}`. */
export function ChoiceField({
  id,
  name,
  label,
  options,
  labels,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly string[];
  labels: string;
}) {
  const t = useTexts();
  const translate = useTranslatedError();
  const { register, formState } = useFormContext<Record<string, string>>();
  return (
    <FormField id={id} label={label} error={translate(formState.errors[name]?.message)}>
      {(control) => (
        <Select {...control} {...register(name)}>
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
