"use client";

import { useTexts } from "@/components/i18n/texts";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useLightFormContext } from "@/components/ui/use-light-form";
import { useTranslatedError } from "@/components/ui/use-translated-error";

type TApplicantValues = { lastName: string; firstName: string; patronymic?: string; email: string; phone?: string };

/**
 * Surname, name, patronymic (optional), the return email (required: the answer goes there) and phone, for
 * any form whose values include them (inside its LightFormProvider).
 */
export function ApplicantFields({ idPrefix }: { idPrefix: string }) {
  const t = useTexts("filing");
  const translate = useTranslatedError();
  const { register, formState } = useLightFormContext();
  const props = (field: keyof TApplicantValues) => ({
    id: `${idPrefix}-${field}`,
    error: translate(formState.errors[field]?.message),
  });
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">{t("applicant")}</legend>
      <FormField {...props("lastName")} label={t("lastName")}>
        {(control) => <Input autoComplete="family-name" {...control} {...register("lastName")} />}
      </FormField>
      <FormField {...props("firstName")} label={t("firstName")}>
        {(control) => <Input autoComplete="given-name" {...control} {...register("firstName")} />}
      </FormField>
      <FormField {...props("patronymic")} label={t("patronymic")}>
        {(control) => <Input autoComplete="additional-name" {...control} {...register("patronymic")} />}
      </FormField>
      <FormField {...props("email")} label={t("email")} hint={t("emailHint")}>
        {(control) => <Input type="email" inputMode="email" autoComplete="email" {...control} {...register("email")} />}
      </FormField>
      <FormField {...props("phone")} label={t("phone")}>
        {(control) => <Input type="tel" inputMode="tel" autoComplete="tel" {...control} {...register("phone")} />}
      </FormField>
    </fieldset>
  );
}
