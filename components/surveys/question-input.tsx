"use client";

import type { ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/textarea";
import type { TAnswer } from "@/lib/surveys/answers";
import { MAX_TEXT_ANSWER, scaleOf, type TQuestion } from "@/lib/surveys/schemas";
import { cn } from "@/lib/utils";

const OPTION =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";
const SCALE_OPTION =
  "flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-line px-2 font-medium has-[:checked]:border-brand-600 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600";

/** One question as the member sees it: a group of choices, a scale, or a text box, with its error. */
export function QuestionInput({
  question,
  number,
  value,
  error,
  onChange,
}: {
  question: TQuestion;
  number: number;
  value: TAnswer | undefined;
  error?: string;
  onChange: (value: TAnswer | undefined) => void;
}) {
  const t = useTexts("surveys.answer");
  const id = `q-${question.id}`;
  const describedBy =
    [question.help ? `${id}-help` : null, error ? fieldErrorId(id) : null].filter(Boolean).join(" ") || undefined;
  const title = (
    <>
      {number}. {question.text}
      {question.isRequired ? (
        <span className="text-danger">
          {" "}
          *<span className="sr-only"> {t("required")}</span>
        </span>
      ) : null}
    </>
  );
  const help = question.help ? (
    <p id={`${id}-help`} className="mb-2 text-sm text-muted">
      {question.help}
    </p>
  ) : null;
  const errorText = <FieldError id={id} message={error} className="mt-2" />;
  /** A question answered by choosing (choices or a scale): a group that the error summary can focus. */
  const group = (options: ReactNode) => (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-invalid={Boolean(error)}
      data-question={question.id}
    >
      <legend className="mb-2 text-lg font-semibold">{title}</legend>
      {help}
      {options}
      {errorText}
    </fieldset>
  );

  if (question.kind === "TEXT") {
    return (
      <div className="flex flex-col gap-1" data-question={question.id}>
        <label htmlFor={id} className="text-lg font-semibold">
          {title}
        </label>
        {help}
        <Textarea
          id={id}
          rows={4}
          maxLength={MAX_TEXT_ANSWER}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
        />
        {errorText}
      </div>
    );
  }

  if (question.kind === "SINGLE" || question.kind === "MULTIPLE") {
    const isMultiple = question.kind === "MULTIPLE";
    const selected = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    return group(
      <div className="flex flex-col gap-2">
        {question.choices.map((choice, index) => (
          <label key={choice.id} className={OPTION}>
            <input
              type={isMultiple ? "checkbox" : "radio"}
              name={id}
              value={choice.id}
              className="size-5 shrink-0"
              checked={selected.includes(choice.id)}
              onChange={(event) => {
                if (!isMultiple) return onChange(choice.id);
                const next = event.target.checked
                  ? [...selected, choice.id]
                  : selected.filter((other) => other !== choice.id);
                onChange(next.length > 0 ? next : undefined);
              }}
            />
            {/* A choice not named yet (the builder's preview) still needs a name to be read out by. */}
            {choice.label || t("unnamedChoice", { number: index + 1 })}
          </label>
        ))}
      </div>,
    );
  }

  const { min, max } = scaleOf(question);
  const minLabel = question.kind === "NPS" ? t("npsLow") : question.scale?.minLabel;
  const maxLabel = question.kind === "NPS" ? t("npsHigh") : question.scale?.maxLabel;
  return group(
    <>
      <div className="flex flex-wrap gap-1">
        {Array.from({ length: max - min + 1 }, (_, index) => min + index).map((score) => (
          <label key={score} className={cn(SCALE_OPTION)}>
            <input
              type="radio"
              name={id}
              value={score}
              className="sr-only"
              checked={value === score}
              onChange={() => onChange(score)}
            />
            {score}
          </label>
        ))}
      </div>
      {minLabel || maxLabel ? (
        <p className="mt-1 flex justify-between text-sm text-muted">
          <span>
            {min} — {minLabel}
          </span>
          <span>
            {max} — {maxLabel}
          </span>
        </p>
      ) : null}
    </>,
  );
}
