"use client";

import { useState, type ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TApplyToEventInput, TScreeningQuestion } from "@/lib/events/schemas";

type TApplied = { registrationId: string; status: "ACCEPTED" | "WAITLISTED" | "PENDING" };

/**
 * A member applies for an event, answering its screening questions if it has any. `children` say what the event
 * is (when, where, what about), inside its card under the title.
 */
export function ApplyForm({
  eventId,
  title,
  screening,
  hasFreePlaces,
  action,
  children,
}: {
  eventId: string;
  title: string;
  screening: TScreeningQuestion[];
  hasFreePlaces: boolean;
  action: (input: TApplyToEventInput) => Promise<TActionResult<TApplied>>;
  children?: ReactNode;
}) {
  const t = useTexts("events.member");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const { run, errorOf, ...state } = useAction(action);
  const submit = screening.length > 0 || hasFreePlaces ? t("apply") : t("applyWaitlist");
  return (
    <ActionForm
      testId={`apply-${eventId}`}
      title={title}
      submit={submit}
      state={state}
      done={state.data ? t(`applied.${state.data.status}`) : undefined}
      onSubmit={() => run({ eventId, answers })}
    >
      {children}
      {screening.length > 0 ? <p className="text-sm text-muted">{t("screeningHint")}</p> : null}
      {screening.map((question) => (
        <FormField
          key={question.id}
          id={`apply-${eventId}-${question.id}`}
          label={question.text}
          error={errorOf(`answers.${question.id}`)}
        >
          {(control) => (
            <Textarea
              {...control}
              className="min-h-20!"
              maxLength={1000}
              value={answers[question.id] ?? ""}
              onChange={(event) => setAnswers({ ...answers, [question.id]: event.target.value })}
            />
          )}
        </FormField>
      ))}
    </ActionForm>
  );
}
