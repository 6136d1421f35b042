import { getTranslations } from "next-intl/server";

import { ActiveToggle } from "@/components/ui/active-toggle";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSaveRewardInput, TSetActive } from "@/lib/loyalty/console-schemas";
import type { listRewards } from "@/lib/loyalty/rewards";

import { RewardForm } from "./reward-form";

type TReward = Awaited<ReturnType<typeof listRewards>>[number];

/** The rewards members spend points on: cost, stock and whether they are offered. */
export async function RewardsSection({
  rewards,
  saveAction,
  toggleAction,
}: {
  rewards: TReward[];
  saveAction: (input: TSaveRewardInput) => Promise<TActionResult<{ id: string }>>;
  toggleAction: (input: TSetActive) => Promise<TActionResult<{ isActive: boolean }>>;
}) {
  const t = await getTranslations("loyaltyConsole.rewards");
  return (
    <section aria-labelledby="rewards-heading" className="flex flex-col gap-3">
      <h2 id="rewards-heading" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-2">
        {rewards.map((reward) => (
          <li key={reward.id}>
            <details className="rounded-xl border border-line p-4">
              <summary className="cursor-pointer">
                <span className="font-medium">{reward.title}</span> —{" "}
                {t("summary", { cost: reward.costPoints, stock: reward.stock })} ·{" "}
                {reward.isActive ? t("active") : t("inactive")}
              </summary>
              <div className="mt-3 flex flex-col gap-3">
                <ActiveToggle
                  id={reward.id}
                  isActive={reward.isActive}
                  labels={{ activate: t("activate"), deactivate: t("deactivate") }}
                  action={toggleAction}
                />
                <RewardForm
                  action={saveAction}
                  initial={{
                    id: reward.id,
                    title: reward.title,
                    description: reward.description ?? "",
                    costPoints: String(reward.costPoints),
                    stock: String(reward.stock),
                    isActive: reward.isActive,
                  }}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <RewardForm action={saveAction} />
    </section>
  );
}
