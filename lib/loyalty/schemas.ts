import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

import { isValidCardNumber } from "./card-number";

/** Clocks of the operator's tills may run a little ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

export const ZCardNumber = z
  .string({ error: "loyalty.errors.cardNumber" })
  .trim()
  .refine(isValidCardNumber, { error: "loyalty.errors.cardNumber" })
  .meta({
    description: "The loyalty card number: 13 digits starting with 27, EAN-13 check digit.",
    examples: ["2700000000014"],
  });

export const ZPostPurchase = z.object({
  externalId: z
    .string({ error: "loyalty.errors.externalId" })
    .trim()
    .min(1, { error: "loyalty.errors.externalId" })
    .max(100, { error: "loyalty.errors.externalId" })
    // Stored as text, which PostgreSQL refuses with NUL in it: an id with control characters is refused here.
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "loyalty.errors.externalId" })
    .meta({ description: "The purchase's id in your system; posting it again is harmless." }),
  cardNumber: ZCardNumber,
  amountKopecks: z
    .number({ error: "loyalty.errors.amount" })
    .int({ error: "loyalty.errors.amount" })
    .positive({ error: "loyalty.errors.amount" })
    .max(100_000_000_00, { error: "loyalty.errors.amount" })
    .meta({ description: "The amount paid in kopecks (an integer; 150 ₽ is 15000)." }),
  category: z
    .string({ error: "loyalty.errors.category" })
    .regex(/^[a-z0-9-]{1,50}$/, { error: "loyalty.errors.category" })
    .meta({ description: "The purchase category: postal-services, goods, subscriptions, …", examples: ["goods"] }),
  officePostcode: z
    .string({ error: "loyalty.errors.officePostcode" })
    .regex(/^\d{6}$/, { error: "loyalty.errors.officePostcode" })
    .optional(),
  purchasedAt: z.iso
    .datetime({ offset: true, error: "loyalty.errors.purchasedAt" })
    .refine((value) => Date.parse(value) <= Date.now() + CLOCK_SKEW_MS, { error: "loyalty.errors.purchasedAtFuture" })
    .meta({ description: "When the purchase was made: ISO 8601 with a time zone, not in the future." }),
});
export type TPostPurchase = z.output<typeof ZPostPurchase>;

export const ZAdjustPoints = z.object({
  memberId: z.uuid(),
  points: z
    .number({ error: "loyalty.errors.adjustPoints" })
    .int({ error: "loyalty.errors.adjustPoints" })
    .min(-1_000_000, { error: "loyalty.errors.adjustPoints" })
    .max(1_000_000, { error: "loyalty.errors.adjustPoints" })
    .refine((value) => value !== 0, { error: "loyalty.errors.adjustPoints" }),
  reason: z
    .string({ error: "loyalty.errors.reason" })
    .trim()
    .min(3, { error: "loyalty.errors.reason" })
    .max(500, { error: "loyalty.errors.reason" }),
});
export type TAdjustPoints = z.output<typeof ZAdjustPoints>;

export const ZPostedPurchaseResponse = z.object({
  purchaseId: z.string(),
  externalId: z.string(),
  points: z.int().meta({ description: "Points credited for this purchase (0 without a rule or over a limit)." }),
  balance: z.int().meta({ description: "The member's balance now." }),
});

export const ZBalanceResponse = z.object({
  cardNumber: z.string(),
  balance: z.int(),
  updatedAt: z
    .string()
    .meta({ description: "When the balance last changed (the latest ledger entry), or when the member joined." }),
});
