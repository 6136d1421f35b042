import { getLocale, getTranslations } from "next-intl/server";

import type { TActionResult } from "@/lib/action/action-result";
import { formatDate } from "@/lib/i18n/format-date";
import type { TRedeemReward } from "@/lib/loyalty/console-schemas";
import { listActiveRewards, memberRedemptions } from "@/lib/loyalty/rewards";

import { RedeemReward } from "./redeem-reward";

/** The member's account: rewards to spend points on, and what the member has already taken. */
export async function MemberRewards({
  memberId,
  balance,
  action,
}: {
  memberId: string;
  balance: number;
  action: (input: TRedeemReward) => Promise<TActionResult<{ balance: number }>>;
}) {
  const [t, locale, rewards, redemptions] = await Promise.all([
    getTranslations("club.rewards"),
    getLocale(),
    listActiveRewards(),
    memberRedemptions(memberId),
  ]);
  return (
    <section aria-labelledby="rewards-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
      <h2 id="rewards-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {rewards.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rewards.map((reward) => (
            <li
              key={reward.id}
              className="flex flex-col gap-2 rounded-lg border border-line p-4"
              aria-labelledby={`reward-${reward.id}`}
            >
              <h3 id={`reward-${reward.id}`} className="font-semibold">
                {reward.title}
              </h3>
              {reward.description ? <p>{reward.description}</p> : null}
              <p>
                {t("cost", { points: reward.costPoints })} ·{" "}
                {reward.stock > 0 ? t("stock", { count: reward.stock }) : t("outOfStock")}
              </p>
              <RedeemReward
                reward={{ id: reward.id, title: reward.title, costPoints: reward.costPoints }}
                balance={balance}
                isAvailable={reward.stock > 0}
                action={action}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t("redemptions")}</h3>
      {redemptions.length === 0 ? (
        <p className="text-muted">{t("redemptionsEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-1" data-testid="redemptions">
          {redemptions.map((redemption) => (
            <li key={redemption.id}>
              {formatDate(redemption.createdAt, locale, { dateStyle: "medium" })} — {redemption.reward.title} (
              {t("cost", { points: redemption.reward.costPoints })})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
