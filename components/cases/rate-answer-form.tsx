"use client";

import { useRouter } from "next/navigation";
import { useTexts } from "@/components/i18n/texts";
import { useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [score, setScore] = useState<number | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!score) return setMessage({ tone: "danger", text: t("chooseScore") });
    startTransition(async () => {
      const result = await action({ token, score });
      setMessage(result.ok ? { tone: "success", text: t("rated") } : { tone: "danger", text: result.message });
      if (result.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-2 font-medium">{t("rateLegend")}</legend>
        <div className="flex flex-wrap gap-2">
          {labels.map((label, index) => (
            <label key={label} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="score" value={index + 1} className="accent-brand-600" onChange={() => setScore(index + 1)} />
              <span>
                {index + 1} — {label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="submit" disabled={isPending} className="self-start">
        {t("rate")}
      </Button>
    </form>
  );
}
