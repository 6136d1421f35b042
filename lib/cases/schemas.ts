import { ZEmail } from "@/lib/auth/schemas";
import { TEXT_LIMITS } from "@/lib/cases/limits";
import { ClaimDirection, ClaimProblem, ClaimWish, ItemCategory, ItemType } from "@/lib/generated/prisma/enums";
import { localDate, today } from "@/lib/time/operator-day";
import { ZTrackingNumber } from "@/lib/tracking/schemas";
import {
  CONTROL_CHARACTERS,
  optionalText as optional,
  requiredText as required,
  ZCheckbox,
  ZOptionalPostcode,
  ZPhone,
  ZPostcode,
  ZTicked,
} from "@/lib/validation/fields";
import { optionalPersonName, personName } from "@/lib/validation/person-name";
import * as z from "@/lib/validation/z";

// Shared by the forms in the browser, the server actions and the JSON API. Messages are catalogue keys.

export { TEXT_LIMITS };

/** Roubles as people type them ("1 500,50") → kopecks. */
const ZRoubles = z
  .string()
  .trim()
  .max(20, "validation.tooLong")
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const normalised = value.replace(/[\s\u00a0]/g, "").replace(",", ".");
    if (!/^\d{1,9}(\.\d{1,2})?$/.test(normalised)) {
      ctx.addIssue({ code: "custom", message: "validation.money" });
      return z.NEVER;
    }
    return Math.round(Number(normalised) * 100);
  });

/** The separate, unticked consent to personal-data processing: it must be given, never assumed. */
const ZConsent = ZTicked("validation.consentRequired");

/** A field people never see; bots fill it. */
const ZHoneypot = z.string().max(0, "validation.invalid").optional();

const applicant = {
  lastName: personName(TEXT_LIMITS.name),
  firstName: personName(TEXT_LIMITS.name),
  patronymic: optionalPersonName(TEXT_LIMITS.name),
  email: ZEmail,
  phone: ZPhone,
  consent: ZConsent,
  website: ZHoneypot,
};

export const ZFileComplaint = z.object({
  ...applicant,
  topic: z
    .string()
    .trim()
    .min(1, "validation.topicRequired")
    .max(50, "validation.invalid")
    // Looked up in the database, which refuses NUL: a code with control characters is no code.
    .refine((value) => !CONTROL_CHARACTERS.test(value), "validation.invalid"),
  officePostcode: ZOptionalPostcode,
  trackingNumber: z
    .union([z.literal(""), ZTrackingNumber])
    .optional()
    .transform((value) => (value ? value : undefined)),
  text: required(TEXT_LIMITS.text).min(10, "validation.textTooShort"),
});
export type TFileComplaintInput = z.input<typeof ZFileComplaint>;
export type TFileComplaint = z.output<typeof ZFileComplaint>;

/** Claims are accepted within 6 months of sending. */
export const CLAIM_WINDOW_MONTHS = 6;

function monthsAgo(months: number, now = new Date()): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

export const ZAcceptedOn = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((value) => !Number.isNaN(Date.parse(value)), "validation.date")
  // Dates are the operator's calendar days: just after midnight in Moscow, "today" is already today.
  .refine((value) => value <= today(), "validation.dateInFuture")
  .refine((value) => value >= localDate(monthsAgo(CLAIM_WINDOW_MONTHS)), "claims.tooLate");

export const ZFileClaim = z
  .object({
    ...applicant,
    filerRole: z.enum(["SENDER", "ADDRESSEE"], "validation.required"),
    direction: z.enum(ClaimDirection, "validation.required"),
    trackingNumber: ZTrackingNumber,
    itemType: z.enum(ItemType, "validation.required"),
    itemCategory: z.enum(ItemCategory, "validation.required"),
    acceptedOn: ZAcceptedOn,
    acceptanceOfficePostcode: ZOptionalPostcode,
    senderName: required(TEXT_LIMITS.short),
    senderAddress: required(TEXT_LIMITS.short),
    senderPostcode: optional(10),
    addresseeName: required(TEXT_LIMITS.short),
    addresseeAddress: required(TEXT_LIMITS.short),
    addresseePostcode: optional(10),
    declaredValue: ZRoubles,
    codAmount: ZRoubles,
    contents: optional(TEXT_LIMITS.short),
    problem: z.enum(ClaimProblem, "validation.required"),
    wish: z.enum(ClaimWish, "validation.required"),
    payoutDetails: optional(TEXT_LIMITS.short),
    isSameSettlement: ZCheckbox,
    text: optional(TEXT_LIMITS.text),
  })
  .superRefine((claim, ctx) => {
    if (claim.wish === "COMPENSATION" && !claim.payoutDetails) {
      ctx.addIssue({ code: "custom", path: ["payoutDetails"], message: "claims.payoutRequired" });
    }
    if (claim.direction === "INTERNATIONAL" && claim.isSameSettlement) {
      ctx.addIssue({ code: "custom", path: ["isSameSettlement"], message: "claims.sameSettlementDomesticOnly" });
    }
  });
export type TFileClaimInput = z.input<typeof ZFileClaim>;
export type TFileClaim = z.output<typeof ZFileClaim>;

/** A score of 1–5 from radios: a posted form leaves out a score none was chosen for (NaN here), asked for like 0. */
const ZScore = z.coerce
  .number("validation.score")
  .int("validation.score")
  .min(1, "validation.score")
  .max(5, "validation.score");

export const ZRateOffice = z.object({
  officePostcode: ZPostcode,
  score: ZScore,
  subject: optional(TEXT_LIMITS.name),
  comment: optional(TEXT_LIMITS.comment),
  name: optionalPersonName(TEXT_LIMITS.name),
  email: z
    .union([z.literal(""), ZEmail])
    .optional()
    .transform((value) => (value ? value : undefined)),
  website: ZHoneypot,
});
export type TRateOfficeInput = z.input<typeof ZRateOffice>;
export type TRateOffice = z.output<typeof ZRateOffice>;

export const ZReportQueue = z.object({
  officePostcode: ZPostcode,
  comment: optional(TEXT_LIMITS.comment),
  website: ZHoneypot,
});
export type TReportQueueInput = z.input<typeof ZReportQueue>;
export type TReportQueue = z.output<typeof ZReportQueue>;

export const ZApplicantComment = z.object({
  token: z.string().min(20).max(200),
  text: required(TEXT_LIMITS.comment),
});
export type TApplicantComment = z.output<typeof ZApplicantComment>;

export const ZRateAnswer = z.object({
  token: z.string().min(20).max(200),
  score: ZScore,
});
export type TRateAnswer = z.output<typeof ZRateAnswer>;

/** "I forwarded the link by mistake": the current link, whose holder asks for a new one by email. */
export const ZReissueStatusLink = z.object({
  token: z.string().min(20).max(200),
});
