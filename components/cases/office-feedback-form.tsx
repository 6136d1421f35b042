"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type FormEvent, type ReactNode } from "react";
import {
  FormProvider,
  useForm,
  useFormContext,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";

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

/**
 * A feedback form's sending and errors: its values go to the action; the server's field errors go on the
 * fields, any other refusal above them. Field ids are `${idPrefix}-${field}`.
 */
function useFeedbackForm<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  idPrefix: string,
  fields: readonly Path<TInput>[],
  action: (input: TInput) => Promise<TActionResult<TReceipt>>,
) {
  const { errors, errorOf, idOf, applyResult } = useFormErrors(form, idPrefix, fields);
  const [failure, setFailure] = useState<string | undefined>();
  const { run, data } = useAction(action, { refresh: false, onFailure: (result) => setFailure(applyResult(result)) });
  const frame = {
    onSubmit: form.handleSubmit(() => run(form.getValues())),
    failure,
    errors,
    isSubmitting: form.formState.isSubmitting,
    errorOf,
    idOf,
  };
  return { errorOf, idOf, receipt: data, frame };
}

type TFeedbackFrame = {
  onSubmit: (event?: FormEvent) => void;
  failure?: string;
  errors: { fieldId: string; message: string }[];
  isSubmitting: boolean;
  // Both schemas have the office: the frame shows its field.
  errorOf: (field: "officePostcode") => string | undefined;
  idOf: (field: "officePostcode") => string;
};

/** What both feedback forms share around their own fields: the error summary, the office, the honeypot, the button. */
function FeedbackFrame({ frame, submit, children }: { frame: TFeedbackFrame; submit: string; children: ReactNode }) {
  const t = useTexts("desk");
  const filing = useTexts("filing");
  // The form of the FormProvider around the frame, whose schema has the office and the honeypot.
  const { register } = useFormContext<{ officePostcode: string; website?: string }>();
  return (
    <form noValidate onSubmit={frame.onSubmit} className="relative flex flex-col gap-4">
      <ErrorSummary title={filing("errorSummary")} message={frame.failure} errors={frame.errors} />
      <OfficePostcodeField
        id={frame.idOf("officePostcode")}
        label={t("officeRequired")}
        error={frame.errorOf("officePostcode")}
        registration={register("officePostcode")}
      />
      {children}
      <HoneypotField registration={register("website")} />
      <Button type="submit" disabled={frame.isSubmitting} className="self-start">
        {submit}
      </Button>
    </form>
  );
}

/** The free comment both feedback forms take. */
function CommentField({ id }: { id: string }) {
  const t = useTexts("desk");
  return <TextField id={id} name="comment" label={t("comment")} isMultiline maxLength={TEXT_LIMITS.comment} />;
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
  const { errorOf, idOf, receipt, frame } = useFeedbackForm(form, "rate", RATE_FIELDS, action);

  if (receipt) return <Alert tone="success">{t("ratingThanks", { number: receipt.caseNumber })}</Alert>;
  return (
    <FormProvider {...form}>
      <FeedbackFrame frame={frame} submit={t("submitRating")}>
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
        <CommentField id={idOf("comment")} />
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
  const { idOf, receipt, frame } = useFeedbackForm(form, "queue", QUEUE_FIELDS, action);

  if (receipt) return <Alert tone="success">{t("queueThanks", { number: receipt.caseNumber })}</Alert>;
  return (
    <FormProvider {...form}>
      <FeedbackFrame frame={frame} submit={t("submitQueue")}>
        <CommentField id={idOf("comment")} />
      </FeedbackFrame>
    </FormProvider>
  );
}
