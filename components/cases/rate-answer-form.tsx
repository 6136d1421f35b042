"use client";

import { useActionState, useState, type FormEvent, type ReactNode } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ScoreOptions } from "@/components/ui/score-options";
import { EMPTY_FORM_STATE, type TFormState } from "@/lib/action/form-state";

export type TRateAnswerState = TFormState<{ score: number; isRecorded: boolean }>;

/**
 * Once the case is answered: how good was the answer, 1–5, once. A plain form on a server action
 * (useActionState) with native radios, so it works before its scripts run and without them; the thanks
 * take the form's place. `children` heads the section; a case rated before this page was shown has no
 * section at all.
 */
export function RateAnswerForm({
  token,
  action,
  isRated,
  className,
  children,
}: {
  token: string;
  action: (previous: TRateAnswerState, formData: FormData) => Promise<TRateAnswerState>;
  /** Rated already (on an earlier visit, or just now, on this page rendered again after the post). */
  isRated: boolean;
  className?: string;
  children: ReactNode;
}) {
  const t = useTexts("statusPage");
  const labels = useTexts("desk").raw("scoreLabels") as string[];
  const [state, dispatch, isPending] = useActionState(action, EMPTY_FORM_STATE as TRateAnswerState);
  // With scripts, an unchosen score is said at once instead of after a post.
  const [isScoreMissing, setIsScoreMissing] = useState(false);
  const refusal = state.result && !state.result.ok ? state.result : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const isChosen = new FormData(event.currentTarget).has("score");
    setIsScoreMissing(!isChosen);
    if (!isChosen) event.preventDefault();
  }

  if (isRated && !state.result?.ok) return null;
  return (
    <section aria-labelledby="rate-heading" className={className}>
      {children}
      {state.result?.ok ? (
        <Alert tone="success">{t("rated")}</Alert>
      ) : (
        <form action={dispatch} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <input type="hidden" name="token" value={token} />
          <fieldset>
            <legend className="mb-2 font-medium">{t("rateLegend")}</legend>
            <ScoreOptions labels={labels} input={() => ({ name: "score", onChange: () => setIsScoreMissing(false) })} />
          </fieldset>
          {isScoreMissing || refusal?.fieldErrors?.score ? (
            <Alert tone="danger">{t("chooseScore")}</Alert>
          ) : refusal ? (
            <Alert tone="danger">{refusal.message}</Alert>
          ) : null}
          <Button type="submit" disabled={isPending} className="self-start">
            {t("rate")}
          </Button>
        </form>
      )}
    </section>
  );
}
