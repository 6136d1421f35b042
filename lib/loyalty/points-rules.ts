import "server-only";

import { randomBytes } from "node:crypto";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";

import type { TSaveRule, TSetActive } from "./console-schemas";
import type { TTx } from "./ledger";

/** Every earning rule, purchases first, then by subject. */
export async function listPointsRules() {
  return db.pointsRule.findMany({ orderBy: [{ kind: "desc" }, { subject: "asc" }, { createdAt: "asc" }] });
}

/**
 * Only one active rule per purchase category or activity: the ledger takes the oldest active one, so a
 * second would silently do nothing. Checked with the rows locked, so two saves at once cannot both pass.
 */
async function assertNoOtherActive(tx: TTx, rule: { id?: string; kind: "PURCHASE" | "ACTIVITY"; subject: string }) {
  const others = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PointsRule" WHERE kind = ${rule.kind}::"PointsRuleKind" AND subject = ${rule.subject} AND "isActive"
    FOR UPDATE`;
  if (others.some((other) => other.id !== rule.id))
    throw new ActionError("CONFLICT", "loyaltyConsole.errors.duplicateRule", {}, "subject");
}

/** Creates or changes an earning rule. Points already credited keep what they were credited with. */
export async function savePointsRule(input: TSaveRule): Promise<{ id: string }> {
  const data = {
    kind: input.kind,
    subject: input.subject,
    pointsPer100Rub: input.kind === "PURCHASE" ? input.points : null,
    fixedPoints: input.kind === "ACTIVITY" ? input.points : null,
    dailyLimit: input.dailyLimit,
    monthlyLimit: input.monthlyLimit,
    expiryMonths: input.expiryMonths,
    isActive: input.isActive,
  };
  return db.$transaction(async (tx) => {
    if (input.isActive) await assertNoOtherActive(tx, { id: input.id, kind: input.kind, subject: input.subject });
    if (input.id) {
      const found = await tx.pointsRule.findUnique({ where: { id: input.id }, select: { id: true } });
      if (!found) throw new ActionError("NOT_FOUND", "loyaltyConsole.errors.ruleNotFound");
      return tx.pointsRule.update({ where: { id: input.id }, data, select: { id: true } });
    }
    const code = `${input.kind.toLowerCase()}-${input.subject.toLowerCase()}-${randomBytes(3).toString("hex")}`;
    return tx.pointsRule.create({ data: { ...data, code }, select: { id: true } });
  });
}

export async function setPointsRuleActive(input: TSetActive): Promise<{ isActive: boolean }> {
  return db.$transaction(async (tx) => {
    const rule = await tx.pointsRule.findUnique({
      where: { id: input.id },
      select: { id: true, kind: true, subject: true },
    });
    if (!rule) throw new ActionError("NOT_FOUND", "loyaltyConsole.errors.ruleNotFound");
    if (input.isActive) await assertNoOtherActive(tx, rule);
    await tx.pointsRule.update({ where: { id: rule.id }, data: { isActive: input.isActive } });
    return { isActive: input.isActive };
  });
}
