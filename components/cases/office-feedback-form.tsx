"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormProvider, useForm, type UseFormRegisterReturn } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { ScoreOptions } from "@/components/ui/score-options";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import type { TReceipt } from "@/lib/cases/receipt";
import {
  TEXT_LIMITS,
  ZRateOffice,
  ZReportQueue,
  type TRateOffice,
  type TRateOfficeInput,
  type TReportQueue,
  type TReportQueueInput,
} from "@/lib/cases/schemas";

/** Sends a feedback form's values: the server's field errors go on the fields, any other refusal above them. */
function useFeedbackSubmit<TInput>(
  action: (input: TInput) => Promise<TActionResult<TReceipt>>,
  values: () => TInput,
  applyResult: (result: TActionResult<unknown>) => string | undefined,
) {
  const [failure, setFailure] = useState<string | undefined>();
  const { run, data } = useAction(action, { refresh: false, onFailure: (result) => setFailure(applyResult(result)) });
  return { onSubmit: () => run(values()), receipt: data, failure };
}

/** What both feedback forms share around their own fields: the error summary, the office, the honeypot, the button. */
function FeedbackFrame({
  onSubmit,
  failure,
  errors,
  office,
  website,
  submit,
  isSubmitting,
  children,
}: {
  onSubmit: (event?: FormEvent) => void;
  failure?: string;
  errors: { fieldId: string; message: string }[];
  office: { id: string; error?: string; registration: UseFormRegisterReturn };
  website: UseFormRegisterReturn;
  submit: string;
  isSubmitting: boolean;
  children: ReactNode;
}) {
  const t = useTexts("desk");
  const filing = useTexts("filing");
  return (
    <form noValidate onSubmit={onSubmit} className="relative flex flex-col gap-4">
      <ErrorSummary title={filing("errorSummary")} message={failure} errors={errors} />
      <OfficePostcodeField {...office} label={t("officeRequired")} />
      {children}
      <HoneypotField registration={website} />
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {submit}
      </Button>
    </form>
  );
}

const RATE_FIELDS = ["officePostcode", "score", "subject", "comment", "name", "email"] as const;

/** Rating an office (1–5) and, optionally, an employee or counter. */
export function RateOfficeForm({ action }: { action: (input: TRateOfficeInput) => Promise<TActionResult<TReceipt>> }) {
  const t = useTexts("desk");
  const form = useForm<TRateOfficeInput, unknown, TRateOffice>({
    resolver: zodResolver(ZRateOffice),
    shouldFocusError: false,
    defaultValues: { officePostcode: "", subject: "", comment: "", name: "", email: "", website: "" },
  });
  const { errors, errorOf, idOf, applyResult } = useFormErrors(form, "rate", RATE_FIELDS);
  const { onSubmit, receipt, failure } = useFeedbackSubmit(action, form.getValues, applyResult);

  if (receipt) return <Alert tone="success">{t("ratingThanks", { number: receipt.caseNumber })}</Alert>;
  return (
    <FormProvider {...form}>
      <FeedbackFrame
        onSubmit={form.handleSubmit(onSubmit)}
        failure={failure}
        errors={errors}
        office={{
          id: idOf("officePostcode"),
          error: errorOf("officePostcode"),
          registration: form.register("officePostcode"),
        }}
        website={form.register("website")}
        submit={t("submitRating")}
        isSubmitting={form.formState.isSubmitting}
      >
        <fieldset aria-describedby={errorOf("score") ? fieldErrorId(idOf("score")) : undefined}>
          <legend className="mb-2 font-medium">{t("score")}</legend>
          <ScoreOptions
            id={idOf("score")}
            labels={t.raw("scoreLabels") as string[]}
            input={() => form.register("score")}
          />
          <FieldError id={idOf("score")} message={errorOf("score")} className="mt-1" />
        </fieldset>
        <TextField
          id={idOf("subject")}
          name="subject"
          label={t("ratingSubject")}
          hint={t("ratingSubjectHint")}
          maxLength={TEXT_LIMITS.name}
        />
        <TextField
          id={idOf("comment")}
          name="comment"
          label={t("comment")}
          isMultiline
          maxLength={TEXT_LIMITS.comment}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id={idOf("name")} name="name" label={t("nameOptional")} maxLength={TEXT_LIMITS.name} />
          <TextField id={idOf("email")} name="email" label={t("emailOptional")} maxLength={254} />
        </div>
      </FeedbackFrame>
    </FormProvider>
  );
}

const QUEUE_FIELDS = ["officePostcode", "comment"] as const;

/** "More than 5 people in the queue", by office postcode. */
export function ReportQueueForm({
  action,
}: {
  action: (input: TReportQueueInput) => Promise<TActionResult<TReceipt>>;
}) {
  const t = useTexts("desk");
  const form = useForm<TReportQueueInput, unknown, TReportQueue>({
    resolver: zodResolver(ZReportQueue),
    shouldFocusError: false,
    defaultValues: { officePostcode: "", comment: "", website: "" },
  });
  const { errors, errorOf, idOf, applyResult } = useFormErrors(form, "queue", QUEUE_FIELDS);
  const { onSubmit, receipt, failure } = useFeedbackSubmit(action, form.getValues, applyResult);

  if (receipt) return <Alert tone="success">{t("queueThanks", { number: receipt.caseNumber })}</Alert>;
  return (
    <FormProvider {...form}>
      <FeedbackFrame
        onSubmit={form.handleSubmit(onSubmit)}
        failure={failure}
        errors={errors}
        office={{
          id: idOf("officePostcode"),
          error: errorOf("officePostcode"),
          registration: form.register("officePostcode"),
        }}
        website={form.register("website")}
        submit={t("submitQueue")}
        isSubmitting={form.formState.isSubmitting}
      >
        <TextField
          id={idOf("comment")}
          name="comment"
          label={t("comment")}
          isMultiline
          maxLength={TEXT_LIMITS.comment}
        />
      </FeedbackFrame>
    </FormProvider>
  );
}
