import { describe, expect, it } from "vitest";

import { ZSaveReward, ZSaveRule } from "./console-schemas";

const rule = {
  kind: "PURCHASE",
  subject: "goods",
  points: "3",
  dailyLimit: "",
  monthlyLimit: "100",
  expiryMonths: "12",
  isActive: true,
};

describe("the console's loyalty forms", () => {
  it("read a rule's numbers from the form's text, empty limits as none", () => {
    expect(ZSaveRule.parse(rule)).toEqual({
      ...rule,
      points: 3,
      dailyLimit: null,
      monthlyLimit: 100,
      expiryMonths: 12,
    });
  });

  it("name the field of each bad value with the catalogue's key", () => {
    const result = ZSaveRule.safeParse({ ...rule, points: "0", dailyLimit: "много", subject: "Товары" });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      subject: "loyalty.errors.category",
      points: "loyaltyConsole.errors.points",
      dailyLimit: "loyaltyConsole.errors.number",
    });
    expect(ZSaveRule.safeParse({ ...rule, kind: "ACTIVITY", subject: "goods" }).error!.issues[0]).toMatchObject({
      path: ["subject"],
      message: "loyaltyConsole.errors.activity",
    });
  });

  it("accept a reward with no stock left, not one with a negative stock", () => {
    const reward = { title: "Открытки", description: "", costPoints: "300", stock: "0", isActive: true };
    expect(ZSaveReward.parse(reward)).toEqual({ ...reward, description: null, costPoints: 300, stock: 0 });
    expect(ZSaveReward.safeParse({ ...reward, stock: "-1" }).error!.issues[0].message).toBe(
      "loyaltyConsole.errors.stock",
    );
  });
});
