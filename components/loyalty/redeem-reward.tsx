"use client";

import { useId, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TRedeemReward } from "@/lib/loyalty/console-schemas";

/**
 * Spending points on a reward takes two steps: "Exchange", then a confirmation that says what it costs and
 * what will be left. A reward that costs more than the balance says how many points are still needed. The
 * outcome is announced; on success the account is read again (balance, history).
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
  const [isConfirming, setIsConfirming] = useState(false);
  const { run, isPending, data, failure, reset } = useAction(action, {
    onSuccess: () => setIsConfirming(false),
    onFailure: () => setIsConfirming(false),
  });
  const redeem = () => run({ rewardId: reward.id });
  // A reward the balance does not yet cover is shown as such, rather than refused after the confirmation.
  // The server still refuses it (the balance may have changed since the page was read).
  const shortBy = Math.max(0, reward.costPoints - balance);
  const shortId = useId();

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
        <>
          <Button
            type="button"
            variant="secondary"
            className="self-start"
            disabled={!isAvailable || shortBy > 0}
            aria-describedby={shortBy > 0 ? shortId : undefined}
            onClick={() => {
              reset();
              setIsConfirming(true);
            }}
          >
            {t("redeem")}
          </Button>
          {shortBy > 0 ? (
            <p id={shortId} className="text-sm text-muted" data-testid="reward-short">
              {t("short", { count: shortBy })}
            </p>
          ) : null}
        </>
      )}
      <div aria-live="polite">
        <ActionOutcome
          failure={failure}
          done={data ? t("done", { title: reward.title, balance: data.balance }) : undefined}
        />
      </div>
    </div>
  );
}
