import { ZSegment } from "@/lib/club/segment";
import { optionalText, requiredText } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

// What club events and applications are made of, shared by the forms and the server. Messages are catalogue keys.

export const EVENT_KINDS = ["FOCUS_GROUP", "MEETING"] as const;
export const MAX_SCREENING_QUESTIONS = 10;

export const ZScreeningQuestion = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "validation.invalid"),
  text: requiredText(300),
});
export type TScreeningQuestion = z.output<typeof ZScreeningQuestion>;

/** A date and time with its offset, as the browser sends it (toISOString). */
const ZInstant = z.iso.datetime({ offset: true, error: "validation.invalid" }).transform((value) => new Date(value));

const ZHttpUrl = z
  .string()
  .trim()
  .max(500, "validation.tooLong")
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value), "events.errors.url")
  .optional()
  .transform((value) => (value ? value : undefined));

export const ZSaveEvent = z
  .object({
    id: z.uuid("validation.invalid").optional(),
    kind: z.enum(EVENT_KINDS, "validation.invalid"),
    title: requiredText(200),
    description: optionalText(4000),
    city: requiredText(100),
    address: optionalText(300),
    onlineUrl: ZHttpUrl,
    startsAt: ZInstant,
    endsAt: ZInstant,
    capacity: z
      .number("validation.invalid")
      .int("validation.invalid")
      .min(1, "events.errors.capacity")
      .max(10_000, "events.errors.capacity"),
    segment: ZSegment,
    screening: z.array(ZScreeningQuestion).max(MAX_SCREENING_QUESTIONS, "validation.tooLong").default([]),
  })
  .superRefine((value, context) => {
    if (!value.address && !value.onlineUrl)
      context.addIssue({ code: "custom", path: ["address"], message: "events.errors.place" });
    if (value.endsAt <= value.startsAt)
      context.addIssue({ code: "custom", path: ["endsAt"], message: "events.errors.endsAt" });
  });
export type TSaveEvent = z.output<typeof ZSaveEvent>;
export type TSaveEventInput = z.input<typeof ZSaveEvent>;

export const ZEventId = z.object({ eventId: z.uuid("validation.invalid") });
export type TEventIdInput = z.input<typeof ZEventId>;

export const ZRegistrationId = z.object({ registrationId: z.uuid("validation.invalid") });
export type TRegistrationIdInput = z.input<typeof ZRegistrationId>;

export const ZApplyToEvent = z.object({
  eventId: z.uuid("validation.invalid"),
  /** Screening answers by question id. */
  answers: z.record(z.typedText().max(40), requiredText(1000)).default({}),
});
export type TApplyToEventInput = z.input<typeof ZApplyToEvent>;

export const ZDecideRegistration = z.object({
  registrationId: z.uuid("validation.invalid"),
  decision: z.enum(["ACCEPT", "DECLINE"], "validation.invalid"),
});
export type TDecideRegistrationInput = z.input<typeof ZDecideRegistration>;

export const ZMarkAttendance = z.object({
  registrationId: z.uuid("validation.invalid"),
  isAttended: z.boolean("validation.invalid"),
});
export type TMarkAttendanceInput = z.input<typeof ZMarkAttendance>;

export const ZCheckIn = z.object({
  eventId: z.uuid("validation.invalid"),
  code: z
    .string("validation.invalid")
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4,12}$/, "events.errors.code"),
});
export type TCheckInInput = z.input<typeof ZCheckIn>;

/** Reads screening questions stored as JSON; anything unreadable counts as none. */
export function parseScreening(value: unknown): TScreeningQuestion[] {
  const parsed = z.array(ZScreeningQuestion).safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

export const ZCountEligible = z.object({ segment: ZSegment });
