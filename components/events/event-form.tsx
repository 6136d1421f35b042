"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { useTexts } from "@/components/i18n/texts";
import { SegmentPicker } from "@/components/surveys/segment-picker";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import { useFormValues } from "@/components/ui/use-form-values";
import type { TActionResult } from "@/lib/action/action-result";
import { EMPTY_SEGMENT, type TSegment } from "@/lib/club/segment";
import { fromMoscowInput } from "@/lib/events/moscow-time";
import { EVENT_KINDS, MAX_SCREENING_QUESTIONS, type TSaveEventInput } from "@/lib/events/schemas";

export type TEventFormValues = {
  id?: string;
  kind: (typeof EVENT_KINDS)[number];
  title: string;
  description: string;
  city: string;
  address: string;
  onlineUrl: string;
  /** datetime-local values in Moscow time. */
  startsAt: string;
  endsAt: string;
  capacity: string;
  segment: TSegment;
  /** One screening question per line. */
  screening: string;
};

const EMPTY: TEventFormValues = {
  kind: "FOCUS_GROUP",
  title: "",
  description: "",
  city: "",
  address: "",
  onlineUrl: "",
  startsAt: "",
  endsAt: "",
  capacity: "10",
  segment: EMPTY_SEGMENT,
  screening: "",
};

/** Creates an event or edits one: topic, kind, place or link, times (Moscow), places, who may apply, screening. */
export function EventForm({
  initial,
  regions,
  action,
  countAction,
}: {
  initial?: TEventFormValues;
  regions: string[];
  action: (input: TSaveEventInput) => Promise<TActionResult<{ id: string }>>;
  countAction: (input: { segment: TSegment }) => Promise<TActionResult<{ count: number }>>;
}) {
  const t = useTexts("events");
  const router = useRouter();
  const { values, setValues, set } = useFormValues(initial, EMPTY);
  const { run, errorOf, forget, ...state } = useAction(action, {
    onSuccess: (saved) => {
      if (!values.id) router.push(`/console/events/${saved.id}`);
    },
  });
  // The server judges this form: a field changed since it was sent has its error taken away.
  const sent = useRef<typeof values | null>(null);
  useEffect(() => {
    const before = sent.current;
    if (before)
      forget(
        Object.keys(values).filter(
          (key) => !Object.is(values[key as keyof typeof values], before[key as keyof typeof values]),
        ),
      );
  }, [values]); // eslint-disable-line react-hooks/exhaustive-deps -- forget is new each render
  const prefix = `event-${initial?.id ?? "new"}`;

  function onSubmit() {
    sent.current = values;
    const lines = values.screening
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    run({
      id: values.id,
      kind: values.kind,
      title: values.title,
      description: values.description,
      city: values.city,
      address: values.address,
      onlineUrl: values.onlineUrl,
      startsAt: fromMoscowInput(values.startsAt),
      endsAt: fromMoscowInput(values.endsAt),
      capacity: Number(values.capacity),
      segment: values.segment,
      screening: lines.map((text, index) => ({ id: `q${index + 1}`, text })),
    });
  }

  const screeningError =
    errorOf("screening") ??
    Array.from({ length: MAX_SCREENING_QUESTIONS }, (_, index) => errorOf(`screening.${index}.text`)).find(Boolean);

  return (
    <ActionForm
      testId={prefix}
      title={initial ? initial.title : t("console.new")}
      submit={t("console.save")}
      state={state}
      done={t("console.saved")}
      onSubmit={onSubmit}
    >
      <FormField id={`${prefix}-kind`} label={t("console.fields.kind")} error={errorOf("kind")}>
        {(control) => (
          <Select
            {...control}
            value={values.kind}
            onChange={(event) => setValues({ ...values, kind: event.target.value as TEventFormValues["kind"] })}
          >
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id={`${prefix}-title`} label={t("console.fields.title")} error={errorOf("title")}>
        {(control) => <Input {...control} value={values.title} maxLength={200} onChange={set("title")} />}
      </FormField>
      <FormField id={`${prefix}-description`} label={t("console.fields.description")} error={errorOf("description")}>
        {(control) => (
          <Textarea {...control} value={values.description} maxLength={4000} onChange={set("description")} />
        )}
      </FormField>
      <FormField id={`${prefix}-city`} label={t("console.fields.city")} error={errorOf("city")}>
        {(control) => <Input {...control} value={values.city} maxLength={100} onChange={set("city")} />}
      </FormField>
      <FormField
        id={`${prefix}-address`}
        label={t("console.fields.address")}
        hint={t("console.fields.addressHint")}
        error={errorOf("address")}
      >
        {(control) => <Input {...control} value={values.address} maxLength={300} onChange={set("address")} />}
      </FormField>
      <FormField id={`${prefix}-online`} label={t("console.fields.onlineUrl")} error={errorOf("onlineUrl")}>
        {(control) => (
          <Input {...control} type="url" value={values.onlineUrl} maxLength={500} onChange={set("onlineUrl")} />
        )}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id={`${prefix}-starts`}
          label={`${t("console.fields.startsAt")} (${t("moscowTime")})`}
          error={errorOf("startsAt")}
        >
          {(control) => <Input {...control} type="datetime-local" value={values.startsAt} onChange={set("startsAt")} />}
        </FormField>
        <FormField
          id={`${prefix}-ends`}
          label={`${t("console.fields.endsAt")} (${t("moscowTime")})`}
          error={errorOf("endsAt")}
        >
          {(control) => <Input {...control} type="datetime-local" value={values.endsAt} onChange={set("endsAt")} />}
        </FormField>
      </div>
      <FormField id={`${prefix}-capacity`} label={t("console.fields.capacity")} error={errorOf("capacity")}>
        {(control) => (
          <Input {...control} type="number" min={1} max={10000} value={values.capacity} onChange={set("capacity")} />
        )}
      </FormField>
      <SegmentPicker
        segment={values.segment}
        regions={regions}
        isDisabled={state.isPending}
        onChange={(segment) => setValues({ ...values, segment })}
        countAction={countAction}
      />
      <FormField
        id={`${prefix}-screening`}
        label={t("console.fields.screening")}
        hint={t("console.fields.screeningHint")}
        error={screeningError}
      >
        {(control) => <Textarea {...control} value={values.screening} onChange={set("screening")} />}
      </FormField>
    </ActionForm>
  );
}
