import { describe, expect, it } from "vitest";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import { ZSaveRule } from "./console-schemas";
import { savePointsRule, setPointsRuleActive } from "./points-rules";
import { postPurchase } from "./post-purchase";
import { createTestMember, uniqueCategory } from "./test-fixtures";

const purchaseRule = (subject: string, points: string) =>
  ZSaveRule.parse({
    kind: "PURCHASE",
    subject,
    points,
    dailyLimit: "",
    monthlyLimit: "",
    expiryMonths: "",
    isActive: true,
  });

describe("earning rules in the console", () => {
  it("credit purchases at the rate saved, and a changed rate from then on", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("console");
    const { id } = await savePointsRule(purchaseRule(category, "4"));
    const first = await postPurchase({
      externalId: `${category}-1`,
      cardNumber: member.cardNumber,
      amountKopecks: 50_000,
      category,
      purchasedAt: new Date().toISOString(),
    });
    expect(first.points).toBe(20);

    await savePointsRule({ ...purchaseRule(category, "10"), id });
    const second = await postPurchase({
      externalId: `${category}-2`,
      cardNumber: member.cardNumber,
      amountKopecks: 50_000,
      category,
      purchasedAt: new Date().toISOString(),
    });
    expect(second).toMatchObject({ points: 50, balance: 70 });
  });

  it("allow one active rule per category: a second is refused, and may be saved switched off", async () => {
    const category = uniqueCategory("console");
    const { id } = await savePointsRule(purchaseRule(category, "4"));
    const second = savePointsRule(purchaseRule(category, "6"));
    await expect(second).rejects.toBeInstanceOf(ActionError);
    await expect(second).rejects.toMatchObject({ messageKey: "loyaltyConsole.errors.duplicateRule", field: "subject" });

    const off = await savePointsRule({ ...purchaseRule(category, "6"), isActive: false });
    await expect(setPointsRuleActive({ id: off.id, isActive: true })).rejects.toMatchObject({
      messageKey: "loyaltyConsole.errors.duplicateRule",
    });
    await setPointsRuleActive({ id, isActive: false });
    await setPointsRuleActive({ id: off.id, isActive: true });
    const active = await db.pointsRule.findMany({
      where: { subject: category, isActive: true },
      select: { id: true, pointsPer100Rub: true },
    });
    expect(active).toEqual([{ id: off.id, pointsPer100Rub: 6 }]);
  });
});
