"use client";

import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { LightFormProvider, useLightFormContext } from "@/components/ui/use-light-form";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import { SUBMISSION_FIELDS } from "@/lib/action/submission-form-data";

import { ConsentField } from "./consent-field";
// Not loaded lazily: a page posted without scripts must show the receipt in its HTML, and content behind a
// suspended boundary is shown only by a script.
import { FiledNotice } from "./filed-notice";
import type { TFiling } from "./use-filing-form";

/** The consent and the honeypot, which every filing schema has: read through the form's context, as ApplicantFields is. */
function ConsentAndHoneypot({ idPrefix }: { idPrefix: string }) {
  const translate = useTranslatedError();
  const { register, formState } = useLightFormContext();
  return (
    <>
      <ConsentField
        id={`${idPrefix}-consent`}
        registration={register("consent")}
        error={translate(formState.errors.consent?.message)}
      />
      <HoneypotField registration={register("website")} />
    </>
  );
}

/**
 * A public filing form (complaint, claim) around its own fields: the error summary above them; the key, the
 * consent, the honeypot and the button below; the receipt in its place once the case is filed. It posts
 * with or without scripts (useFormAction).
 */
export function FilingForm<TInput extends FieldValues, TOutput>({
  filing,
  idPrefix,
  idempotencyKey,
  preload,
  submitLabel,
  children,
}: {
  filing: TFiling<TInput, TOutput>;
  idPrefix: string;
  /** Made by the page: one case per key, however often the form is sent. */
  idempotencyKey: string;
  /** The schema's download, started when the user first focuses a field (lazyZodResolver). */
  preload: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const t = useTexts("filing");
  if (filing.data) {
    return <FiledNotice receipt={filing.data} email={filing.kept.email} />;
  }
  return (
    <LightFormProvider form={filing.form}>
      <form {...filing.formProps} onFocus={preload} className="relative flex flex-col gap-6">
        <ErrorSummary
          title={t("errorSummary")}
          message={filing.failure}
          errors={filing.errors}
          focusKey={filing.attempt}
        />
        {children}
        <input type="hidden" name={SUBMISSION_FIELDS.idempotencyKey} value={idempotencyKey} />
        <ConsentAndHoneypot idPrefix={idPrefix} />
        <Button type="submit" disabled={filing.isPending} className="self-start">
          {filing.isPending ? t("sending") : submitLabel}
        </Button>
      </form>
    </LightFormProvider>
  );
}
