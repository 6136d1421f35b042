"use client";

import { useTexts } from "@/components/i18n/texts";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";

// The questionnaire's choices that the browser keeps itself: a group of checkboxes posts one value per ticked
// box, a pair of radios the one chosen. They carry what was posted as their defaults, so a form refused and
// shown again (posted before scripts ran) keeps them; with scripts, the form is never reset.

/** A group of checkboxes under one name, e.g. the services a person uses. */
export function BoxGroup({
  id,
  name,
  legend,
  boxes,
  labels,
  ticked,
}: {
  id: string;
  name: string;
  legend: string;
  boxes: readonly string[];
  /** The catalogue namespace of the boxes' labels, under club.join: `${labels}.${box}`. */
  labels: string;
  /** What was ticked when the form was last posted, one a line. */
  ticked: string | undefined;
}) {
  const t = useTexts("club.join");
  const wasTicked = new Set(ticked?.split("\n"));
  return (
    <fieldset className="flex flex-col gap-2" id={id} tabIndex={-1}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {boxes.map((box) => (
        <div key={box} className="flex items-start gap-3">
          <input
            id={`${id}-${box}`}
            type="checkbox"
            name={name}
            value={box}
            defaultChecked={wasTicked.has(box)}
            className="mt-1 size-5 shrink-0 accent-brand-600"
          />
          <label htmlFor={`${id}-${box}`}>{t(`${labels}.${box}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** "Are you ready for further interaction with the Post?": yes or no, required. */
export function ReadyQuestion({
  id,
  chosen,
  error,
  onChoose,
}: {
  id: string;
  /** The answer when the form was last posted. */
  chosen: string | undefined;
  error?: string;
  onChoose: () => void;
}) {
  const t = useTexts("club.join");
  return (
    <fieldset
      className="flex flex-col gap-2"
      id={id}
      tabIndex={-1}
      aria-describedby={`${id}-hint${error ? ` ${fieldErrorId(id)}` : ""}`}
    >
      <legend className="mb-1 text-lg font-semibold">{t("ready")} *</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("readyHint")}
      </p>
      {(["yes", "no"] as const).map((value) => (
        <div key={value} className="flex items-center gap-3">
          <input
            id={`${id}-${value}`}
            type="radio"
            name="readyToInteract"
            value={value}
            defaultChecked={chosen === value}
            onChange={onChoose}
            className="size-5 shrink-0 accent-brand-600"
          />
          <label htmlFor={`${id}-${value}`}>{t(value)}</label>
        </div>
      ))}
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
