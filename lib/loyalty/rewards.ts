import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import type { TSaveReward, TSetActive } from "./console-schemas";

const REWARD_SELECT = {
  id: true,
  title: true,
  description: true,
  costPoints: true,
  stock: true,
  isActive: true,
} as const;

/** Every reward, for the console. */
export async function listRewards() {
  return db.reward.findMany({
    orderBy: [{ isActive: "desc" }, { costPoints: "asc" }, { createdAt: "asc" }],
    select: REWARD_SELECT,
  });
}

/** What a member may choose from: active rewards, cheapest first (those out of stock are shown as such). */
export async function listActiveRewards() {
  return db.reward.findMany({
    where: { isActive: true },
    orderBy: [{ costPoints: "asc" }, { createdAt: "asc" }],
    select: REWARD_SELECT,
  });
}

/** A member's redemptions, newest first. */
export async function memberRedemptions(memberId: string) {
  return db.redemption.findMany({
    where: { memberId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, reward: { select: { title: true, costPoints: true } } },
  });
}

/** Creates or changes a reward; redemptions already made keep the points they cost. */
export async function saveReward(input: TSaveReward): Promise<{ id: string }> {
  const data = {
    title: input.title,
    description: input.description,
    costPoints: input.costPoints,
    stock: input.stock,
    isActive: input.isActive,
  };
  if (!input.id) return db.reward.create({ data, select: { id: true } });
  const found = await db.reward.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!found) throw new ActionError("NOT_FOUND", "loyalty.errors.rewardNotFound");
  return db.reward.update({ where: { id: input.id }, data, select: { id: true } });
}

export async function setRewardActive(input: TSetActive): Promise<{ isActive: boolean }> {
  const { count } = await db.reward.updateMany({ where: { id: input.id }, data: { isActive: input.isActive } });
  if (count === 0) throw new ActionError("NOT_FOUND", "loyalty.errors.rewardNotFound");
  return { isActive: input.isActive };
}
