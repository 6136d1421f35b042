import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { today } from "@/lib/time/operator-day";

import { adjustPoints } from "./adjust-points";
import { awardActivityPoints } from "./award-activity-points";
import { balanceOf } from "./balance";
import { expirePoints } from "./expire-points";
import { postPurchase } from "./post-purchase";
import { redeemReward } from "./redeem-reward";
import { createRule, createTestMember, uniqueCategory } from "./test-fixtures";

const purchase = (cardNumber: string, category: string, amountKopecks: number, externalId = randomUUID()) => ({
  externalId,
  cardNumber,
  amountKopecks,
  category,
  purchasedAt: new Date().toISOString(),
});

describe("purchases", () => {
  it("credit floor(roubles / 100) × the category's rate, with expiry from the rule", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("goods");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 3, expiryMonths: 12 });

    const posted = await postPurchase(purchase(member.cardNumber, category, 45_999)); // 459.99 ₽ → 4 × 3
    expect(posted).toMatchObject({ points: 12, balance: 12, isNew: true });
    const entry = await db.pointsEntry.findFirstOrThrow({ where: { memberId: member.id } });
    expect(entry).toMatchObject({ kind: "EARN", points: 12, source: "purchase", reference: posted.purchaseId });
    expect(entry.expiresAt!.getTime() - entry.createdAt.getTime()).toBeGreaterThan(360 * 86_400_000);
    const row = await db.purchase.findUniqueOrThrow({ where: { id: posted.purchaseId } });
    expect(row.pointsEntryId).toBe(entry.id);
  });

  it("keep the purchase's moment whatever time zone it was sent in", async () => {
    const member = await createTestMember();
    const posted = await postPurchase({
      ...purchase(member.cardNumber, uniqueCategory("tz"), 10_000),
      purchasedAt: "2026-01-15T10:00:00+03:00",
    });
    const row = await db.purchase.findUniqueOrThrow({ where: { id: posted.purchaseId } });
    expect(row.purchasedAt.toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });

  it("without a rule for the category are recorded with no points", async () => {
    const member = await createTestMember();
    const posted = await postPurchase(purchase(member.cardNumber, uniqueCategory("none"), 1_000_000));
    expect(posted).toMatchObject({ points: 0, balance: 0, isNew: true });
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(1);
  });

  it("posted twice, and 20 times at once, credit once and answer alike", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("postal");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 5 });
    const body = purchase(member.cardNumber, category, 50_000);

    const first = await postPurchase(body);
    const again = await postPurchase(body);
    expect(first).toMatchObject({ points: 25, balance: 25, isNew: true });
    expect(again).toEqual({ ...first, isNew: false });

    const burst = purchase(member.cardNumber, category, 20_000);
    const results = await Promise.all(Array.from({ length: 20 }, () => postPurchase(burst)));
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    expect(new Set(results.map((r) => r.purchaseId)).size).toBe(1);
    expect(results.every((r) => r.points === 10)).toBe(true);
    expect(await balanceOf(member.id)).toBe(35);
    expect(await db.pointsEntry.count({ where: { memberId: member.id } })).toBe(2);
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(2);
  });

  it("refuse the same id with another amount, and an unknown card", async () => {
    const member = await createTestMember();
    const body = purchase(member.cardNumber, uniqueCategory("x"), 10_000);
    await postPurchase(body);
    await expect(postPurchase({ ...body, amountKopecks: 20_000 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      postPurchase({ ...body, externalId: randomUUID(), cardNumber: "2799999999997" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are capped by the rule's daily and monthly limits", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("subs");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 10, dailyLimit: 25, monthlyLimit: 40 });
    const points = [];
    for (let i = 0; i < 3; i++) points.push((await postPurchase(purchase(member.cardNumber, category, 20_000))).points);
    expect(points).toEqual([20, 5, 0]);
    // Another day of the same month: only the monthly limit's rest is left.
    await db.pointsEntry.updateMany({ where: { memberId: member.id }, data: { createdAt: dayBeforeInMonth() } });
    expect((await postPurchase(purchase(member.cardNumber, category, 30_000))).points).toBe(15);
    expect(await balanceOf(member.id)).toBe(40);
  });
});

/** A moment earlier in this month (the operator's Moscow time) but not today; today itself on the 1st. */
function dayBeforeInMonth() {
  const now = new Date();
  return today(now).endsWith("-01") ? now : new Date(now.getTime() - 86_400_000);
}

describe("activity points", () => {
  it("are credited once per reference and capped monthly", async () => {
    const member = await createTestMember();
    const activity = "SURVEY_COMPLETED" as const;
    await db.pointsRule.updateMany({ where: { kind: "ACTIVITY", subject: activity }, data: { isActive: false } });
    const rule = await createRule({ kind: "ACTIVITY", subject: activity, fixedPoints: 50, monthlyLimit: 120 });
    try {
      const survey = randomUUID();
      expect(await awardActivityPoints({ memberId: member.id, activity, reference: survey })).toMatchObject({
        points: 50,
        isNew: true,
      });
      expect(await awardActivityPoints({ memberId: member.id, activity, reference: survey })).toMatchObject({
        points: 50,
        isNew: false,
        balance: 50,
      });
      expect((await awardActivityPoints({ memberId: member.id, activity, reference: randomUUID() })).points).toBe(50);
      expect((await awardActivityPoints({ memberId: member.id, activity, reference: randomUUID() })).points).toBe(20);
      expect((await awardActivityPoints({ memberId: member.id, activity, reference: randomUUID() })).points).toBe(0);
      expect(await balanceOf(member.id)).toBe(120);
    } finally {
      await db.pointsRule.update({ where: { id: rule.id }, data: { isActive: false } });
    }
  });
});

describe("redeeming rewards", () => {
  it("50 at once against a balance covering 10 succeed exactly 10 times", async () => {
    const member = await createTestMember();
    await adjustPoints({ memberId: member.id, points: 1_050, reason: "Стартовые баллы" }, { id: randomUUID() });
    const reward = await db.reward.create({ data: { title: "Открытка", costPoints: 100, stock: 30 } });

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => redeemReward({ memberId: member.id, rewardId: reward.id })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r) => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(
      failed.every(
        (r) => r.reason instanceof ActionError && r.reason.messageKey === "loyalty.errors.insufficientPoints",
      ),
    ).toBe(true);
    expect(await balanceOf(member.id)).toBe(50);
    expect((await db.reward.findUniqueOrThrow({ where: { id: reward.id } })).stock).toBe(20);
    expect(await db.redemption.count({ where: { rewardId: reward.id } })).toBe(10);
    const balances = ok
      .map((r) => (r as PromiseFulfilledResult<{ balance: number }>).value.balance)
      .sort((a, b) => a - b);
    expect(balances).toEqual([50, 150, 250, 350, 450, 550, 650, 750, 850, 950]);
  });

  it("stop when the stock runs out", async () => {
    const member = await createTestMember();
    await adjustPoints({ memberId: member.id, points: 1_000, reason: "Стартовые баллы" }, { id: randomUUID() });
    const reward = await db.reward.create({ data: { title: "Марка", costPoints: 10, stock: 3 } });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => redeemReward({ memberId: member.id, rewardId: reward.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.messageKey === "loyalty.errors.outOfStock"),
    ).toBe(true);
    expect((await db.reward.findUniqueOrThrow({ where: { id: reward.id } })).stock).toBe(0);
    expect(await balanceOf(member.id)).toBe(970);
  });
});

describe("adjustments", () => {
  it("are recorded with their reason and staff member, and never take the balance below zero", async () => {
    const member = await createTestMember();
    const staff = { id: randomUUID() };
    expect(await adjustPoints({ memberId: member.id, points: 30, reason: "Компенсация" }, staff)).toEqual({
      balance: 30,
    });
    expect(await adjustPoints({ memberId: member.id, points: -10, reason: "Ошибка начисления" }, staff)).toEqual({
      balance: 20,
    });
    await expect(
      adjustPoints({ memberId: member.id, points: -21, reason: "Слишком много" }, staff),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const entries = await db.pointsEntry.findMany({ where: { memberId: member.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.kind, e.points, e.reason, e.createdById])).toEqual([
      ["ADJUST", 30, "Компенсация", staff.id],
      ["ADJUST", -10, "Ошибка начисления", staff.id],
    ]);
  });
});

describe("expiry", () => {
  it("expires lapsed points not used up, first in first out, once", async () => {
    const member = await createTestMember();
    const past = new Date(Date.now() - 86_400_000);
    const future = new Date(Date.now() + 30 * 86_400_000);
    await db.pointsEntry.createMany({
      data: [
        { memberId: member.id, kind: "EARN", points: 100, reason: "old", source: "purchase", expiresAt: past },
        { memberId: member.id, kind: "EARN", points: 50, reason: "new", source: "purchase", expiresAt: future },
        { memberId: member.id, kind: "SPEND", points: -30, reason: "reward", source: "reward" },
      ],
    });
    const now = new Date();
    await expirePoints(now);
    const expired = await db.pointsEntry.findFirstOrThrow({ where: { memberId: member.id, kind: "EXPIRE" } });
    expect(expired.points).toBe(-70);
    expect(await balanceOf(member.id)).toBe(50);
    const again = await expirePoints(now);
    expect(await balanceOf(member.id)).toBe(50);
    expect(await db.pointsEntry.count({ where: { memberId: member.id, kind: "EXPIRE" } })).toBe(1);
    expect(again.points).toBe(0);

    // When the newer points lapse too, they go as well; the balance stops at zero.
    await expirePoints(new Date(future.getTime() + 1));
    expect(await balanceOf(member.id)).toBe(0);
  });
});
