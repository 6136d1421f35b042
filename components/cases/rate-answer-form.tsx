"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ScoreOptions } from "@/components/ui/score-options";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/** Once the case is answered: how good was the answer, 1–5, once. */
export function RateAnswerForm({
  token,
  action,
}: {
  token: string;
  action: (input: { token: string; score: number }) => Promise<TActionResult<{ score: number }>>;
}) {
  const t = useTexts("statusPage");
  const labels = useTexts("desk").raw("scoreLabels") as string[];
  const [score, setScore] = useState<number | null>(null);
  const [isScoreMissing, setIsScoreMissing] = useState(false);
  const { run, isPending, isDone, failure } = useAction(action);

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setIsScoreMissing(!score);
    if (score) run({ token, score });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-2 font-medium">{t("rateLegend")}</legend>
        <ScoreOptions labels={labels} input={(chosen) => ({ name: "score", onChange: () => setScore(chosen) })} />
      </fieldset>
      {isScoreMissing ? (
        <Alert tone="danger">{t("chooseScore")}</Alert>
      ) : (
        <ActionOutcome failure={failure} done={isDone ? t("rated") : undefined} />
      )}
      <Button type="submit" disabled={isPending} className="self-start">
        {t("rate")}
      </Button>
    </form>
  );
}
