import "server-only";

import { db } from "@/lib/db";

/** The starting rules: points per 100 ₽ by purchase category, fixed points per club activity. */
const RULES = [
  {
    code: "purchase-postal-services",
    kind: "PURCHASE",
    subject: "postal-services",
    pointsPer100Rub: 5,
    expiryMonths: 12,
  },
  { code: "purchase-goods", kind: "PURCHASE", subject: "goods", pointsPer100Rub: 3, expiryMonths: 12 },
  { code: "purchase-subscriptions", kind: "PURCHASE", subject: "subscriptions", pointsPer100Rub: 10, expiryMonths: 12 },
  { code: "activity-survey", kind: "ACTIVITY", subject: "SURVEY_COMPLETED", fixedPoints: 50, monthlyLimit: 200 },
  { code: "activity-meeting", kind: "ACTIVITY", subject: "MEETING_ATTENDED", fixedPoints: 100, monthlyLimit: 300 },
  { code: "activity-proposal", kind: "ACTIVITY", subject: "PROPOSAL_ACCEPTED", fixedPoints: 200, monthlyLimit: 600 },
] as const;

// Rewards have no natural key; fixed ids make seeding them again a no-op.
const REWARDS = [
  {
    id: "0196a3c2-0000-7000-8000-000000000001",
    title: "Набор почтовых открыток",
    description: "Пять открыток с видами городов России",
    costPoints: 300,
    stock: 200,
  },
  {
    id: "0196a3c2-0000-7000-8000-000000000002",
    title: "Скидка 10% на подписку",
    description: "На одно издание на полгода",
    costPoints: 500,
    stock: 100,
  },
];

/** Demo loyalty rules and rewards; staff changes survive a second run (nothing is updated). */
export async function seedLoyalty(): Promise<{ rules: number; rewards: number }> {
  for (const rule of RULES) await db.pointsRule.upsert({ where: { code: rule.code }, create: rule, update: {} });
  for (const reward of REWARDS) await db.reward.upsert({ where: { id: reward.id }, create: reward, update: {} });
  return { rules: RULES.length, rewards: REWARDS.length };
}
