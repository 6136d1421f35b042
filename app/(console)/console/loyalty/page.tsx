import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ImportSection } from "@/components/loyalty/import-section";
import { RewardsSection } from "@/components/loyalty/rewards-section";
import { RulesSection } from "@/components/loyalty/rules-section";
import { staffPage } from "@/lib/auth/page-guards";
import { listPointsRules } from "@/lib/loyalty/points-rules";
import { listPurchaseImports } from "@/lib/loyalty/purchase-import";
import { listRewards } from "@/lib/loyalty/rewards";

import {
  savePointsRuleAction,
  saveRewardAction,
  setPointsRuleActiveAction,
  setRewardActiveAction,
  startPurchaseImportAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("loyaltyConsole"))("title") };
}

export default async function LoyaltyConsolePage() {
  await staffPage("/console/loyalty", "loyalty.configure");
  const [t, rules, rewards, imports] = await Promise.all([
    getTranslations("loyaltyConsole"),
    listPointsRules(),
    listRewards(),
    listPurchaseImports(),
  ]);
  return (
    <article className="flex max-w-4xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">{t("title")}</h1>
      <RulesSection rules={rules} saveAction={savePointsRuleAction} toggleAction={setPointsRuleActiveAction} />
      <RewardsSection rewards={rewards} saveAction={saveRewardAction} toggleAction={setRewardActiveAction} />
      <ImportSection imports={imports} action={startPurchaseImportAction} />
    </article>
  );
}
