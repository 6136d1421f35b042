import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { balanceOf } from "./balance";
import { expiryDate } from "./expiry-date";
import { postPurchase } from "./post-purchase";
import { createRule, createTestMember, uniqueCategory } from "./test-fixtures";

const purchase = (cardNumber: string, category: string, amountKopecks: number) => ({
  externalId: randomUUID(),
  cardNumber,
  amountKopecks,
  category,
  purchasedAt: new Date().toISOString(),
});

describe("purchases posted at once for one member", () => {
  it("each count exactly once, and each answer's balance includes every purchase before it", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("burst");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 2 });

    const results = await Promise.all(
      Array.from({ length: 30 }, () => postPurchase(purchase(member.cardNumber, category, 10_000))),
    );
    expect(results.every((result) => result.isNew && result.points === 2)).toBe(true);
    expect(new Set(results.map((result) => result.purchaseId)).size).toBe(30);
    // The member's lock puts them in a row: the answers' balances are 2, 4, …, 60 in some order.
    expect(results.map((result) => result.balance).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => 2 * (i + 1)),
    );
    expect(await balanceOf(member.id)).toBe(60);
    expect(await db.pointsEntry.count({ where: { memberId: member.id } })).toBe(30);
  });

  it("never credit past the rule's daily limit together", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("capped");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 3, dailyLimit: 20 });

    const results = await Promise.all(
      Array.from({ length: 12 }, () => postPurchase(purchase(member.cardNumber, category, 10_000))),
    );
    expect(results.reduce((sum, result) => sum + result.points, 0)).toBe(20);
    expect(await balanceOf(member.id)).toBe(20);
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(12);
  });
});

describe("a purchase's points", () => {
  it("lapse when expiryDate says, counted from when they were credited", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("expiry");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 1, expiryMonths: 7 });

    const posted = await postPurchase(purchase(member.cardNumber, category, 10_000));
    const entry = await db.pointsEntry.findFirstOrThrow({ where: { reference: posted.purchaseId } });
    expect(entry.expiresAt).toEqual(expiryDate(entry.createdAt, 7));
  });

  it("are not credited to a member who left, and nothing is recorded", async () => {
    const member = await createTestMember();
    await db.member.update({ where: { id: member.id }, data: { status: "LEFT" } });
    await expect(postPurchase(purchase(member.cardNumber, uniqueCategory("left"), 10_000))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(0);
  });
});
