"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import type { TRedeemReward } from "@/lib/loyalty/console-schemas";

/**
 * Spending points on a reward takes two steps: "Exchange", then a confirmation that says what it costs and
 * what will be left. The outcome is announced; on success the account is read again (balance, history).
 */
export function RedeemReward({
  reward,
  balance,
  isAvailable,
  action,
}: {
  reward: { id: string; title: string; costPoints: number };
  balance: number;
  isAvailable: boolean;
  action: (input: TRedeemReward) => Promise<TActionResult<{ balance: number }>>;
}) {
  const t = useTexts("club.rewards");
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const [isPending, startTransition] = useTransition();

  function redeem() {
    startTransition(async () => {
      const result = await action({ rewardId: reward.id });
      setIsConfirming(false);
      if (result.ok) {
        setOutcome({ ok: true, text: t("done", { title: reward.title, balance: result.data.balance }) });
        router.refresh();
      } else {
        setOutcome({ ok: false, text: result.message });
      }
    });
  }

  return (
    <div className="flex flex-col gap-2">
      {isConfirming ? (
        <div role="group" aria-label={t("confirmLabel")} className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3">
          <p>
            {balance >= reward.costPoints
              ? t("confirm", { title: reward.title, cost: reward.costPoints, left: balance - reward.costPoints })
              : t("confirmShort", { title: reward.title, cost: reward.costPoints })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={redeem} disabled={isPending} aria-busy={isPending}>
              {t("confirmButton")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isPending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          disabled={!isAvailable}
          onClick={() => {
            setOutcome(undefined);
            setIsConfirming(true);
          }}
        >
          {t("redeem")}
        </Button>
      )}
      <div aria-live="polite">{outcome ? <Alert tone={outcome.ok ? "success" : "danger"}>{outcome.text}</Alert> : null}</div>
    </div>
  );
}
