"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { ZSaveReward, ZSaveRule, ZSetActive, ZStartPurchaseImport } from "@/lib/loyalty/console-schemas";
import { savePointsRule, setPointsRuleActive } from "@/lib/loyalty/points-rules";
import { startPurchaseImport } from "@/lib/loyalty/purchase-import";
import { saveReward, setRewardActive } from "@/lib/loyalty/rewards";

const authorize = () => requireAbility("loyalty.configure");

export const savePointsRuleAction = defineAction({
  name: "savePointsRule",
  schema: ZSaveRule,
  authorize,
  run: async (input) => {
    const saved = await savePointsRule(input);
    revalidatePath("/console/loyalty");
    return saved;
  },
});

export const setPointsRuleActiveAction = defineAction({
  name: "setPointsRuleActive",
  schema: ZSetActive,
  authorize,
  run: async (input) => {
    const result = await setPointsRuleActive(input);
    revalidatePath("/console/loyalty");
    return result;
  },
});

export const saveRewardAction = defineAction({
  name: "saveReward",
  schema: ZSaveReward,
  authorize,
  run: async (input) => {
    const saved = await saveReward(input);
    revalidatePath("/console/loyalty");
    return saved;
  },
});

export const setRewardActiveAction = defineAction({
  name: "setRewardActive",
  schema: ZSetActive,
  authorize,
  run: async (input) => {
    const result = await setRewardActive(input);
    revalidatePath("/console/loyalty");
    return result;
  },
});

export const startPurchaseImportAction = defineAction({
  name: "startPurchaseImport",
  schema: ZStartPurchaseImport,
  authorize,
  run: (input, staff) => startPurchaseImport(input, staff),
});
