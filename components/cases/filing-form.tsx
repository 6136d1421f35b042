"use client";

import { lazy, Suspense, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { LightFormProvider, useLightFormContext } from "@/components/ui/use-light-form";
import { useTranslatedError } from "@/components/ui/use-translated-error";

import { ConsentField } from "./consent-field";
import type { TFilingFrame, TFilingLightForm } from "./use-filing-form";

// The receipt shows once, after the server has answered: its code is not part of the page's first load but
// is fetched as the form is sent, so it is there by the time the answer is.
const loadNotice = () => import("./filed-notice");
const FiledNotice = lazy(() => loadNotice().then((notice) => ({ default: notice.FiledNotice })));

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
 * A public filing form (complaint, claim) around its own fields: the error summary above them; the consent,
 * the honeypot and the button below; the receipt in its place once the case is filed.
 */
export function FilingForm<TInput extends FieldValues & { email?: string }, TOutput>({
  form,
  frame,
  preload,
  submitLabel,
  children,
}: {
  form: TFilingLightForm<TInput, TOutput>;
  frame: TFilingFrame;
  /** The schema's download, started when the user first focuses a field (lazyZodResolver). */
  preload: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const t = useTexts("filing");
  if (frame.receipt) {
    return (
      <Suspense>
        <FiledNotice receipt={frame.receipt} email={form.getValues().email} />
      </Suspense>
    );
  }
  return (
    <LightFormProvider form={form}>
      <form
        noValidate
        onSubmit={form.handleSubmit(() => {
          void loadNotice();
          return frame.onSubmit();
        })}
        onFocus={preload}
        className="relative flex flex-col gap-6"
      >
        <ErrorSummary title={t("errorSummary")} message={frame.failure} errors={frame.errors} />
        {children}
        <ConsentAndHoneypot idPrefix={frame.idPrefix} />
        <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
          {form.formState.isSubmitting ? t("sending") : submitLabel}
        </Button>
      </form>
    </LightFormProvider>
  );
}
