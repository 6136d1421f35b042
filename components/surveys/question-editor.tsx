"use client";

import type { ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { conditionValues, DEFAULT_SCALE, type TQuestion, type TScale } from "@/lib/surveys/schemas";

import { newChoiceId } from "./new-ids";

const CHECK = "flex min-h-11 items-center gap-2";

/** A setting of the question with its label above it. */
function Setting({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1" htmlFor={htmlFor}>
      <span className="font-medium">{label}</span>
      {children}
    </label>
  );
}

function numberOptions(values: number[]) {
  return values.map((value) => (
    <option key={value} value={value}>
      {value}
    </option>
  ));
}

/** One question in the builder: its text, kind-specific settings, the required flag, a condition, its place. */
export function QuestionEditor({
  question,
  index,
  count,
  earlier,
  errors,
  onChange,
  onMove,
  onDelete,
}: {
  question: TQuestion;
  index: number;
  count: number;
  /** The questions before this one: a condition may name only these. */
  earlier: TQuestion[];
  errors: string[];
  onChange: (question: TQuestion) => void;
  onMove: (offset: -1 | 1) => void;
  onDelete: () => void;
}) {
  const t = useTexts("surveys.builder");
  const tk = useTexts("surveys.kinds");
  const id = `question-${index}`;
  const set = (patch: Partial<TQuestion>) => onChange({ ...question, ...patch });
  const scale = { ...DEFAULT_SCALE, ...question.scale };
  const setScale = (patch: Partial<TScale>) => set({ scale: { ...scale, ...patch } });
  const targets = earlier.filter((other) => conditionValues(other).length > 0);
  const target = targets.find((other) => other.id === question.showIf?.questionId);
  const valueLabel = (other: TQuestion, value: string) =>
    other.choices.find((choice) => choice.id === value)?.label || value;

  return (
    <fieldset data-testid={id} className="flex flex-col gap-3 rounded-xl border border-line p-4">
      <legend className="px-1 font-semibold">
        {t("questionNumber", { number: index + 1 })} · {tk(question.kind)}
      </legend>
      {errors.length > 0 ? (
        // The alert wraps the list: a list given another role no longer holds its items.
        <div role="alert">
          <ul className="list-disc pl-5 text-sm font-medium text-danger">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Setting label={t("text")} htmlFor={`${id}-text`}>
        <Input
          id={`${id}-text`}
          value={question.text}
          maxLength={500}
          onChange={(event) => set({ text: event.target.value })}
        />
      </Setting>
      <Setting label={t("help")} htmlFor={`${id}-help`}>
        <Input
          id={`${id}-help`}
          value={question.help ?? ""}
          maxLength={1000}
          onChange={(event) => set({ help: event.target.value })}
        />
      </Setting>
      <label className={CHECK}>
        <input
          type="checkbox"
          className="size-5"
          checked={question.isRequired}
          onChange={(event) => set({ isRequired: event.target.checked })}
        />
        {t("isRequired")}
      </label>

      {question.kind === "SINGLE" || question.kind === "MULTIPLE" ? (
        <div className="flex flex-col gap-2">
          <p className="font-medium">{t("choices")}</p>
          {question.choices.map((choice, choiceIndex) => (
            <div key={choice.id} className="flex gap-2">
              <Input
                aria-label={t("choiceLabel", { number: choiceIndex + 1 })}
                value={choice.label}
                maxLength={200}
                onChange={(event) =>
                  set({
                    choices: question.choices.map((other) =>
                      other.id === choice.id ? { ...other, label: event.target.value } : other,
                    ),
                  })
                }
              />
              <Button
                type="button"
                variant="secondary"
                aria-label={t("removeChoice", { number: choiceIndex + 1 })}
                onClick={() => set({ choices: question.choices.filter((other) => other.id !== choice.id) })}
              >
                ×
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="ghost"
            className="self-start"
            onClick={() => set({ choices: [...question.choices, { id: newChoiceId(question.choices), label: "" }] })}
          >
            {t("addChoice")}
          </Button>
        </div>
      ) : null}

      {question.kind === "RATING" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <Setting label={t("scaleMin")}>
            <Select value={scale.min} onChange={(event) => setScale({ min: Number(event.target.value) })}>
              {numberOptions([0, 1])}
            </Select>
          </Setting>
          <Setting label={t("scaleMax")}>
            <Select value={scale.max} onChange={(event) => setScale({ max: Number(event.target.value) })}>
              {numberOptions([2, 3, 4, 5, 6, 7, 8, 9, 10])}
            </Select>
          </Setting>
          <Setting label={t("scaleMinLabel")}>
            <Input
              value={scale.minLabel ?? ""}
              maxLength={60}
              onChange={(event) => setScale({ minLabel: event.target.value })}
            />
          </Setting>
          <Setting label={t("scaleMaxLabel")}>
            <Input
              value={scale.maxLabel ?? ""}
              maxLength={60}
              onChange={(event) => setScale({ maxLabel: event.target.value })}
            />
          </Setting>
        </div>
      ) : null}

      {targets.length > 0 ? (
        <div className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3">
          <Setting label={t("showIf")}>
            <Select
              value={question.showIf?.questionId ?? ""}
              onChange={(event) =>
                set({ showIf: event.target.value ? { questionId: event.target.value, anyOf: [] } : null })
              }
            >
              <option value="">{t("always")}</option>
              {targets.map((other) => (
                <option key={other.id} value={other.id}>
                  {t("whenAnswered", { number: earlier.indexOf(other) + 1, text: other.text || tk(other.kind) })}
                </option>
              ))}
            </Select>
          </Setting>
          {target && question.showIf ? (
            <fieldset className="flex flex-wrap gap-x-4">
              <legend className="font-medium">{t("showIfValues")}</legend>
              {conditionValues(target).map((value) => (
                <label key={value} className={CHECK}>
                  <input
                    type="checkbox"
                    className="size-5"
                    checked={question.showIf!.anyOf.includes(value)}
                    onChange={(event) =>
                      set({
                        showIf: {
                          questionId: target.id,
                          anyOf: event.target.checked
                            ? [...question.showIf!.anyOf, value]
                            : question.showIf!.anyOf.filter((other) => other !== value),
                        },
                      })
                    }
                  />
                  {valueLabel(target, value)}
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" disabled={index === 0} onClick={() => onMove(-1)}>
          {t("moveUp")}
        </Button>
        <Button type="button" variant="secondary" size="sm" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t("moveDown")}
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={onDelete}>
          {t("delete")}
        </Button>
      </div>
    </fieldset>
  );
}
