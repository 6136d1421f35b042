"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { SERVICE_AREAS, type TRateAreaInput } from "@/lib/ideas/schemas";

/** A member rates how things are now in one area, 1 to 5, with an optional comment. */
export function RateAreaForm({
  action,
}: {
  action: (input: TRateAreaInput) => Promise<TActionResult<{ id: string }>>;
}) {
  const t = useTexts("ideas");
  const [area, setArea] = useState<TRateAreaInput["area"]>("OFFICES");
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const { run, errorOf, ...state } = useAction(action, {
    onSuccess: () => {
      setScore(null);
      setComment("");
    },
  });
  return (
    <ActionForm
      testId="rate-area"
      headingLevel={2}
      title={t("rate.heading")}
      submit={t("rate.submit")}
      state={state}
      done={t("rate.done")}
      onSubmit={() => run({ area, score: score ?? Number.NaN, comment })}
    >
      <FormField id="rate-area-select" label={t("rate.area")} error={errorOf("area")}>
        {(control) => (
          <Select {...control} value={area} onChange={(event) => setArea(event.target.value as TRateAreaInput["area"])}>
            {SERVICE_AREAS.map((value) => (
              <option key={value} value={value}>
                {t(`areas.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={errorOf("score") ? `rate-score-hint ${fieldErrorId("rate-score")}` : "rate-score-hint"}
      >
        <legend className="font-medium">{t("rate.score")}</legend>
        <p id="rate-score-hint" className="text-sm text-muted">
          {t("rate.hint")}
        </p>
        <div className="flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((value) => (
            <label
              key={value}
              className="flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border border-line px-3"
            >
              <input
                type="radio"
                name="rate-score"
                className="size-5"
                checked={score === value}
                onChange={() => setScore(value)}
              />
              {value}
            </label>
          ))}
        </div>
        <FieldError id="rate-score" message={errorOf("score")} />
      </fieldset>
      <FormField id="rate-comment" label={t("rate.comment")} error={errorOf("comment")}>
        {(control) => (
          <Input {...control} value={comment} maxLength={1000} onChange={(event) => setComment(event.target.value)} />
        )}
      </FormField>
    </ActionForm>
  );
}
