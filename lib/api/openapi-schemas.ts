import type { z } from "zod";

import { ZIdempotencyKey } from "@/lib/action/submission";
import { CLAIM_WINDOW_MONTHS, ZFileClaim, ZFileComplaint } from "@/lib/cases/schemas";
import { z as zod } from "@/lib/validation/z";

import { ZCaseResponse, ZFiledCaseResponse, ZProblemDetails } from "./schemas";

// The OpenAPI document's schemas, generated from the zod schemas the routes validate and answer with, so
// the description cannot drift from the code. Only notes for people are added here.

export type TJsonSchema = { [key: string]: unknown };
type TObjectSchema = TJsonSchema & { properties: Record<string, TJsonSchema> };

/** `io: "input"` describes what a caller sends (before trimming, defaults and transforms). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): TJsonSchema {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 already; the dialect need not be repeated in each.
  const json = zod.toJSONSchema(schema, { io }) as TJsonSchema;
  delete json.$schema;
  return json;
}

const APPLICANT_NOTES: Record<string, string> = {
  email: "Where the confirmation with the status link and the answer are sent.",
  phone: "Optional; digits, spaces, +, brackets and dashes.",
  consent:
    "Must be true. The applicant's consent to the processing of their personal data (Federal Law 152-FZ), " +
    "which your system obtained from the applicant before sending: asked separately from any other consent " +
    "and not ticked in advance, with a link to the operator's personal-data policy. The portal records it " +
    "with the case, with the version of the policy in force.",
};

const COMPLAINT_NOTES: Record<string, string> = {
  ...APPLICANT_NOTES,
  topic:
    "A topic code from the list the quality department keeps: queue, staff-behaviour, delivery-delay, " +
    "damaged-item, notice-not-delivered, opening-hours, website-app, other. An unknown code is a 422 on topic.",
  officePostcode: "The postal office concerned (6-digit postcode from the office directory); empty or absent for none.",
  trackingNumber:
    "Optional. UPU S10 (check digit verified, e.g. RB123456785GB) or 14-digit domestic; spaces and dashes are ignored.",
  text: "The complaint in the applicant's words (10 to 5000 characters).",
};

const CLAIM_NOTES: Record<string, string> = {
  ...APPLICANT_NOTES,
  filerRole: "Whether the claimant sent the item or was to receive it.",
  trackingNumber:
    "UPU S10 (check digit verified) or 14-digit domestic. One open claim per item: a second claim for the " +
    "same number joins the open case (isJoined in the answer).",
  acceptedOn: `The day the item was sent (YYYY-MM-DD). Claims are accepted within ${CLAIM_WINDOW_MONTHS} months of sending.`,
  acceptanceOfficePostcode:
    "The accepting office's postcode, if known; for domestic numbers it is read from the number otherwise.",
  declaredValue: 'Declared value in roubles, as text: "1500" or "1 500,50".',
  codAmount: 'Cash-on-delivery amount in roubles, as text: "1500" or "1 500,50".',
  payoutDetails: "Required when wish is COMPENSATION: where to pay the compensation.",
  isSameSettlement:
    "Sent and delivered within one settlement: answered within 5 days instead of 30. Domestic claims only.",
  text: "What happened, in the claimant's words; optional.",
};

/** A request body's schema, with notes for people and without the web form's hidden bot trap. */
function requestSchema(schema: z.ZodType, notes: Record<string, string>): TObjectSchema {
  const json = jsonSchemaOf(schema, "input") as TObjectSchema;
  // "website" is a field people never see on the web form and bots fill in; another system never sends it.
  delete json.properties.website;
  for (const [field, description] of Object.entries(notes)) {
    if (json.properties[field]) json.properties[field] = { ...json.properties[field], description };
  }
  return json;
}

export function componentSchemas(): Record<string, TJsonSchema> {
  return {
    FileComplaint: requestSchema(ZFileComplaint, COMPLAINT_NOTES),
    FileClaim: requestSchema(ZFileClaim, CLAIM_NOTES),
    FiledCase: jsonSchemaOf(ZFiledCaseResponse, "output"),
    Case: jsonSchemaOf(ZCaseResponse, "output"),
    Problem: jsonSchemaOf(ZProblemDetails, "output"),
  };
}

export function idempotencyKeySchema(): TJsonSchema {
  return jsonSchemaOf(ZIdempotencyKey, "input");
}

function daysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export function requestExamples(now = new Date()) {
  const applicant = {
    lastName: "Иванова",
    firstName: "Мария",
    patronymic: "Петровна",
    email: "ivanova@example.ru",
    phone: "+7 900 123-45-67",
    consent: true,
  };
  return {
    complaint: {
      ...applicant,
      topic: "queue",
      officePostcode: "101000",
      text: "В отделении 101000 работало одно окно из четырёх, в очереди было больше 20 человек.",
    },
    claim: {
      ...applicant,
      filerRole: "ADDRESSEE",
      direction: "DOMESTIC",
      trackingNumber: "10100012345678",
      itemType: "PARCEL",
      itemCategory: "REGISTERED",
      acceptedOn: daysAgo(14, now),
      senderName: "ООО «Ромашка»",
      senderAddress: "Москва, ул. Мясницкая, д. 26",
      addresseeName: "Иванова Мария Петровна",
      addresseeAddress: "Казань, ул. Баумана, д. 1, кв. 5",
      addresseePostcode: "420111",
      declaredValue: "1500",
      problem: "NOT_DELIVERED",
      wish: "SEARCH_ONLY",
    },
  };
}
