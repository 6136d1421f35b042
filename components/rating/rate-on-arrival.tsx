"use client";

import { useActionState, useEffect, useRef } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import { ZRateAnswerLink } from "@/lib/cases/answer-rating-schemas";

type TRateResult = TActionResult<{ score: number; isRecorded: boolean }>;

/**
 * The score chosen in the email, recorded as soon as the page runs in a browser: on arrival the form posts
 * itself. A mail scanner that fetches the link without running scripts records nothing; without JavaScript
 * the person presses «Подтвердить оценку», which posts the same form. `isRecorded`: the applicant's rating is
 * already this score (the link opened again), so nothing is posted.
 */
export function RateOnArrival({
  token,
  score,
  scoreLabel,
  isRecorded,
  action,
  children,
}: {
  token: string;
  score: number;
  scoreLabel: string;
  isRecorded: boolean;
  action: (previous: TRateResult | null, formData: FormData) => Promise<TRateResult>;
  /** What follows a recorded rating: the comment form. */
  children?: React.ReactNode;
}) {
  const t = useTexts("answerRating");
  const [result, formAction, isPending] = useActionState(
    action,
    isRecorded ? { ok: true, data: { score, isRecorded: false } } : null,
  );
  const form = useRef<HTMLFormElement>(null);
  const hasPosted = useRef(false);

  useEffect(() => {
    // Once per page view (React may run effects twice in development); the server ignores a repeat anyway.
    if (isRecorded || hasPosted.current || !ZRateAnswerLink.safeParse({ token, score }).success) return;
    hasPosted.current = true;
    form.current?.requestSubmit();
  }, [isRecorded, token, score]);

  if (result?.ok) {
    return (
      <>
        <Alert tone="success">{t("recorded", { score, label: scoreLabel })}</Alert>
        {children}
      </>
    );
  }
  return (
    <form ref={form} action={formAction} className="flex flex-col gap-3" data-testid="rate-answer-confirm">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="score" value={score} />
      <p className="text-lg">{t("chosen", { score, label: scoreLabel })}</p>
      {result ? <Alert tone="danger">{result.message}</Alert> : null}
      {isPending ? (
        <p role="status" className="text-muted">
          {t("saving")}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending} className="self-start">
        {t("confirm")}
      </Button>
    </form>
  );
}
