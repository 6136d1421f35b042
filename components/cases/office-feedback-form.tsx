"use client";

import type { ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { ScoreOptions } from "@/components/ui/score-options";
import { TextControl } from "@/components/ui/text-control";
import { useFormAction, type TSummaryError } from "@/components/ui/use-form-action";
import type { TLightRegistration } from "@/components/ui/use-light-form";
import type { TFormState } from "@/lib/action/form-state";
import { TEXT_LIMITS } from "@/lib/cases/limits";
import type { TReceipt } from "@/lib/cases/receipt";
import type { TRateOffice, TRateOfficeInput, TReportQueue, TReportQueueInput } from "@/lib/cases/schemas";

// The server actions' own schemas, loaded when a form is first used.
const rating = lazyZodResolver<TRateOfficeInput, TRateOffice>(() =>
  import("@/lib/cases/schemas").then((schemas) => schemas.ZRateOffice),
);
const queue = lazyZodResolver<TReportQueueInput, TReportQueue>(() =>
  import("@/lib/cases/schemas").then((schemas) => schemas.ZReportQueue),
);

/** A feedback form's action as useActionState calls it (formAction on the server). */
export type TFeedbackAction = (previous: TFormState<TReceipt>, formData: FormData) => Promise<TFormState<TReceipt>>;

type TFeedbackFrame = {
  formProps: ReturnType<typeof useFormAction>["formProps"];
  isPending: boolean;
  errors: TSummaryError[];
  failure?: string;
  attempt: number;
  preload: () => void;
  office: { id: string; error?: string; registration: TLightRegistration };
  honeypot: TLightRegistration;
};

/**
 * What both feedback forms share around their own fields: the error summary (focused once per refused
 * submit), the office, the honeypot and the button. The form posts with or without scripts (useFormAction).
 */
function FeedbackFrame({ frame, submit, children }: { frame: TFeedbackFrame; submit: string; children: ReactNode }) {
  const t = useTexts("desk");
  const filing = useTexts("filing");
  return (
    <form {...frame.formProps} onFocus={frame.preload} className="relative flex flex-col gap-4">
      <ErrorSummary
        title={filing("errorSummary")}
        message={frame.failure}
        errors={frame.errors}
        focusKey={frame.attempt}
      />
      <OfficePostcodeField
        id={frame.office.id}
        label={t("officeRequired")}
        error={frame.office.error}
        registration={frame.office.registration}
      />
      {children}
      <HoneypotField registration={frame.honeypot} />
      <Button type="submit" disabled={frame.isPending} className="self-start">
        {frame.isPending ? filing("sending") : submit}
      </Button>
    </form>
  );
}

/** The frame's part of a feedback form's state: both schemas have the office and the honeypot. */
function frameOf(
  feedback: Pick<TFeedbackFrame, "formProps" | "isPending" | "errors" | "failure" | "attempt"> & {
    idOf: (field: "officePostcode") => string;
    errorOf: (field: "officePostcode") => string | undefined;
    form: { register: (name: "officePostcode" | "website") => TLightRegistration };
  },
  preload: () => void,
): TFeedbackFrame {
  return {
    ...feedback,
    preload,
    office: {
      id: feedback.idOf("officePostcode"),
      error: feedback.errorOf("officePostcode"),
      registration: feedback.form.register("officePostcode"),
    },
    honeypot: feedback.form.register("website"),
  };
}

/** The free comment both feedback forms take. */
function CommentField({ id, registration, error }: { id: string; registration: TLightRegistration; error?: string }) {
  const t = useTexts("desk");
  return (
    <TextControl
      id={id}
      label={t("comment")}
      isMultiline
      maxLength={TEXT_LIMITS.comment}
      registration={registration}
      error={error}
    />
  );
}

/**
 * The radios of a score, posted by name. The light form's `ref` reads a text input's value, which a radio
 * does not have until it is chosen: each radio is checked from the server's echo instead, and one chosen
 * before the scripts ran tells the form so when it comes alive.
 */
function scoreInput(registration: TLightRegistration, chosen: unknown) {
  const { name, onChange, onBlur } = registration;
  return (score: number) => ({
    name,
    onChange,
    onBlur,
    defaultChecked: String(chosen ?? "") === String(score),
    ref: (element: HTMLInputElement | null) => {
      if (element?.checked && String(chosen ?? "") !== element.value) void onChange({ target: element });
    },
  });
}

/** Rating an office (1–5) and, optionally, an employee or counter. */
export function RateOfficeForm({ action }: { action: TFeedbackAction }) {
  const t = useTexts("desk");
  const feedback = useFormAction<TRateOfficeInput, TRateOffice, TReceipt>({
    action,
    resolver: rating.resolver,
    defaultValues: { officePostcode: "", subject: "", comment: "", name: "", email: "", website: "" },
    idPrefix: "rate",
    labels: {
      officePostcode: t("officeRequired"),
      score: t("score"),
      subject: t("ratingSubject"),
      comment: t("comment"),
      name: t("nameOptional"),
      email: t("emailOptional"),
    },
  });
  const { form, errorOf, idOf } = feedback;
  const field = (name: "subject" | "comment" | "name" | "email") => ({
    id: idOf(name),
    registration: form.register(name),
    error: errorOf(name),
  });

  if (feedback.data) {
    // A second rating of the office from this browser soon after replaced the first (lib/cases/rate-office.ts).
    const thanks = feedback.data.isUpdate ? "ratingUpdated" : "ratingThanks";
    return <Alert tone="success">{t(thanks, { number: feedback.data.caseNumber })}</Alert>;
  }
  return (
    <FeedbackFrame frame={frameOf(feedback, rating.preload)} submit={t("submitRating")}>
      <fieldset aria-describedby={errorOf("score") ? fieldErrorId(idOf("score")) : undefined}>
        <legend className="mb-2 font-medium">{t("score")}</legend>
        <ScoreOptions
          id={idOf("score")}
          labels={t.raw("scoreLabels") as string[]}
          input={scoreInput(form.register("score"), form.getValues("score"))}
        />
        <FieldError id={idOf("score")} message={errorOf("score")} className="mt-1" />
      </fieldset>
      <TextControl
        {...field("subject")}
        label={t("ratingSubject")}
        hint={t("ratingSubjectHint")}
        maxLength={TEXT_LIMITS.name}
      />
      <CommentField {...field("comment")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextControl {...field("name")} label={t("nameOptional")} maxLength={TEXT_LIMITS.name} />
        <TextControl {...field("email")} label={t("emailOptional")} maxLength={254} />
      </div>
    </FeedbackFrame>
  );
}

/** "More than 5 people in the queue", by office postcode. */
export function ReportQueueForm({ action }: { action: TFeedbackAction }) {
  const t = useTexts("desk");
  const feedback = useFormAction<TReportQueueInput, TReportQueue, TReceipt>({
    action,
    resolver: queue.resolver,
    defaultValues: { officePostcode: "", comment: "", website: "" },
    idPrefix: "queue",
    labels: { officePostcode: t("officeRequired"), comment: t("comment") },
  });

  if (feedback.data) return <Alert tone="success">{t("queueThanks", { number: feedback.data.caseNumber })}</Alert>;
  return (
    <FeedbackFrame frame={frameOf(feedback, queue.preload)} submit={t("submitQueue")}>
      <CommentField
        id={feedback.idOf("comment")}
        registration={feedback.form.register("comment")}
        error={feedback.errorOf("comment")}
      />
    </FeedbackFrame>
  );
}
