import * as z from "@/lib/validation/z";

import { ACTIVITY_SUBJECTS } from "./activities";

/** A whole number within bounds, or empty (null) — how the forms send an optional limit. */
const optionalCount = (max: number) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
    z
      .int("loyaltyConsole.errors.number")
      .min(1, "loyaltyConsole.errors.number")
      .max(max, "loyaltyConsole.errors.number")
      .nullable(),
  );

const ZRuleCommon = {
  id: z.uuid().optional(),
  dailyLimit: optionalCount(1_000_000),
  monthlyLimit: optionalCount(1_000_000),
  expiryMonths: optionalCount(120),
  isActive: z.boolean(),
};

/** An earning rule: points per 100 ₽ of a purchase category, or fixed points for a club activity. */
export const ZSaveRule = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("PURCHASE"),
    subject: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,50}$/, "loyalty.errors.category"),
    points: z.coerce
      .number("loyaltyConsole.errors.points")
      .pipe(
        z
          .int("loyaltyConsole.errors.points")
          .min(1, "loyaltyConsole.errors.points")
          .max(10_000, "loyaltyConsole.errors.points"),
      ),
    ...ZRuleCommon,
  }),
  z.object({
    kind: z.literal("ACTIVITY"),
    subject: z.enum(ACTIVITY_SUBJECTS, "loyaltyConsole.errors.activity"),
    points: z.coerce
      .number("loyaltyConsole.errors.points")
      .pipe(
        z
          .int("loyaltyConsole.errors.points")
          .min(1, "loyaltyConsole.errors.points")
          .max(100_000, "loyaltyConsole.errors.points"),
      ),
    ...ZRuleCommon,
  }),
]);
export type TSaveRuleInput = z.input<typeof ZSaveRule>;
export type TSaveRule = z.output<typeof ZSaveRule>;

export const ZSetActive = z.object({ id: z.uuid("validation.invalid"), isActive: z.boolean() });
export type TSetActive = z.output<typeof ZSetActive>;

export const ZSaveReward = z.object({
  id: z.uuid().optional(),
  title: z.typedText().trim().min(2, "loyaltyConsole.errors.title").max(200, "loyaltyConsole.errors.title"),
  description: z
    .typedText()
    .trim()
    .max(1000, "validation.tooLong")
    .transform((value) => value || null),
  costPoints: z.coerce
    .number("loyaltyConsole.errors.cost")
    .pipe(
      z
        .int("loyaltyConsole.errors.cost")
        .min(1, "loyaltyConsole.errors.cost")
        .max(10_000_000, "loyaltyConsole.errors.cost"),
    ),
  stock: z.coerce
    .number("loyaltyConsole.errors.stock")
    .pipe(
      z
        .int("loyaltyConsole.errors.stock")
        .min(0, "loyaltyConsole.errors.stock")
        .max(10_000_000, "loyaltyConsole.errors.stock"),
    ),
  isActive: z.boolean(),
});
export type TSaveRewardInput = z.input<typeof ZSaveReward>;
export type TSaveReward = z.output<typeof ZSaveReward>;

export const ZRedeemReward = z.object({ rewardId: z.uuid("loyalty.errors.rewardNotFound") });
export type TRedeemReward = z.output<typeof ZRedeemReward>;

/** The biggest CSV of purchases accepted at once, in bytes and in rows. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;

/** The uploaded CSV as text: read in the browser, checked for size on both sides. */
export const ZStartPurchaseImport = z.object({
  fileName: z.typedText().trim().min(1, "loyaltyConsole.errors.file").max(200, "loyaltyConsole.errors.file"),
  content: z
    .string("loyaltyConsole.errors.file")
    .min(1, "loyaltyConsole.errors.fileEmpty")
    .refine((value) => new TextEncoder().encode(value).length <= IMPORT_MAX_BYTES, "loyaltyConsole.errors.fileTooBig"),
});
export type TStartPurchaseImport = z.output<typeof ZStartPurchaseImport>;
