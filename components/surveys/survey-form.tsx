"use client";

import { useEffect, useEffectEvent, useMemo, useRef, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import { checkAnswers, visibleQuestions, type TAnswer, type TAnswers } from "@/lib/surveys/answers";
import type { TQuestion } from "@/lib/surveys/schemas";

import { QuestionInput } from "./question-input";

type TSubmitted = { points: number; balance: number };
const AUTOSAVE_DELAY_MS = 800;
// The staff's preview has no actions; its form never sends (onSubmit and the autosave check for them first).
const PREVIEW_ONLY = async (): Promise<TActionResult<never>> => ({ ok: false, code: "FAILED", message: "" });

/**
 * The survey as the member answers it: conditional questions appear as soon as their condition holds, the
 * answers are kept as a draft while they type, and the answers are sent once. Without actions it is the
 * staff's preview.
 */
export function SurveyForm({
  questions,
  initialAnswers = {},
  saveDraft,
  submit,
}: {
  questions: TQuestion[];
  initialAnswers?: TAnswers;
  saveDraft?: (answers: TAnswers) => Promise<TActionResult<{ savedAt: string }>>;
  submit?: (answers: TAnswers) => Promise<TActionResult<TSubmitted>>;
}) {
  const t = useTexts("surveys.answer");
  const translate = useTranslatedError();
  const [answers, setAnswers] = useState<TAnswers>(initialAnswers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [draftState, setDraftState] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const [failure, setFailure] = useState<string>();
  const {
    run: send,
    isPending: isSubmitting,
    data: submitted,
  } = useAction(submit ?? PREVIEW_ONLY, {
    refresh: false,
    onFailure: (result) => {
      setFailure(result.message);
      if (result.fieldErrors) setErrors(result.fieldErrors);
    },
  });
  const drafting = useAction(saveDraft ?? PREVIEW_ONLY, {
    refresh: false,
    onSuccess: () => setDraftState("saved"),
    onFailure: (result) => {
      setDraftState("failed");
      setFailure(result.message);
    },
  });
  const autosave = useEffectEvent(() => {
    setDraftState("saving");
    void drafting.run(answers);
  });
  const isSending = useRef(false);
  const isDirty = useRef(false);
  const visible = useMemo(() => visibleQuestions(questions, answers), [questions, answers]);

  // Autosave: a moment after the last change the draft goes to the server.
  useEffect(() => {
    if (!saveDraft || !isDirty.current || submitted) return;
    const timer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers, saveDraft, submitted]);

  function onChange(questionId: string, value: TAnswer | undefined) {
    isDirty.current = true;
    setAnswers((previous) => {
      const next = { ...previous };
      if (value === undefined) delete next[questionId];
      else next[questionId] = value;
      return next;
    });
    setErrors((previous) => {
      const next = { ...previous };
      delete next[questionId];
      return next;
    });
  }

  function onSubmit() {
    // A double click sends once: the second click finds the first still on its way.
    if (!submit || isSending.current) return;
    const checked = checkAnswers(questions, answers, { isFinal: true });
    setErrors(checked.errors);
    const firstError = Object.keys(checked.errors)[0];
    if (firstError) {
      setFailure(t("fixErrors"));
      document.getElementById(`q-${firstError}`)?.focus();
      return;
    }
    setFailure(undefined);
    isSending.current = true;
    void send(checked.answers).finally(() => {
      isSending.current = false;
    });
  }

  if (submitted) {
    return (
      <Alert tone="success">
        <p className="font-semibold">{t("thanks")}</p>
        <p data-testid="survey-points">
          {submitted.points > 0
            ? t("pointsGained", { points: submitted.points, balance: submitted.balance })
            : t("noPoints")}
        </p>
      </Alert>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ActionOutcome failure={failure} />
      {visible.map((question, index) => (
        <QuestionInput
          key={question.id}
          question={question}
          number={index + 1}
          value={answers[question.id]}
          error={translate(errors[question.id])}
          onChange={(value) => onChange(question.id, value)}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        {submit ? (
          <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
            {t("submit")}
          </Button>
        ) : null}
        <p aria-live="polite" className="text-sm text-muted" data-testid="draft-state">
          {draftState === "saving"
            ? t("draftSaving")
            : draftState === "saved"
              ? t("draftSaved")
              : draftState === "failed"
                ? t("draftFailed")
                : ""}
        </p>
      </div>
    </form>
  );
}
