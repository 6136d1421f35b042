import { ZFormFields } from "@/lib/action/submission";
import { ZEmail } from "@/lib/auth/schemas";
import { QUESTIONNAIRE_LIMITS } from "@/lib/club/limits";
import { AgeBand, UsageFrequency } from "@/lib/generated/prisma/enums";
import { optionalText as optional, ZCheckbox, ZOptionalPostcode, ZPhone, ZTicked } from "@/lib/validation/fields";
import { optionalPersonName, personName } from "@/lib/validation/person-name";
import * as z from "@/lib/validation/z";

// The membership questionnaire, shared by the form in the browser and the server. Messages are catalogue keys.

export const CLUB_SERVICES = [
  "LETTERS",
  "PARCELS",
  "EMS",
  "PAYMENTS",
  "SUBSCRIPTIONS",
  "SHOP",
  "FINANCE",
  "ONLINE",
] as const;
export const CLUB_INTERESTS = ["SURVEYS", "FOCUS_GROUPS", "MEETINGS", "IDEAS", "POINTS", "NEWS"] as const;
export const AGE_BANDS = Object.values(AgeBand);
export const USAGE_FREQUENCIES = Object.values(UsageFrequency);

/** Checkbox groups: a list of known codes, each once. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, "validation.invalid"))
    .max(values.length, "validation.invalid")
    .optional()
    .transform((list) => [...new Set(list ?? [])]);

/** Profile fields a member may change later. */
export const profileFields = {
  firstName: personName(QUESTIONNAIRE_LIMITS.name),
  lastName: personName(QUESTIONNAIRE_LIMITS.name),
  phone: ZPhone,
  region: optional(QUESTIONNAIRE_LIMITS.place),
  city: optional(QUESTIONNAIRE_LIMITS.place),
};

function isUnder14(payload: { value: unknown }): boolean {
  return (payload.value as { ageBand?: unknown } | undefined)?.ageBand === "UNDER_14";
}

export const ZMembershipQuestionnaire = z
  .object({
    ...profileFields,
    email: ZEmail,
    ageBand: z.enum(AGE_BANDS as [AgeBand, ...AgeBand[]], "club.errors.ageBand"),
    usageFrequency: z.enum(USAGE_FREQUENCIES as [UsageFrequency, ...UsageFrequency[]], "club.errors.usageFrequency"),
    services: choices(CLUB_SERVICES),
    preferredOfficePostcode: ZOptionalPostcode,
    interests: choices(CLUB_INTERESTS),
    ideas: optional(QUESTIONNAIRE_LIMITS.ideas),
    /** "Are you ready for further interaction with the Post?" — a yes makes a member, a no leaves feedback. */
    readyToInteract: z.enum(["yes", "no"], "club.errors.readyToInteract"),
    /** Under 14: the parent's name and consent. */
    parentName: optionalPersonName(QUESTIONNAIRE_LIMITS.parentName),
    parentConsent: ZCheckbox,
    /** The separate, unticked consent to personal-data processing: required. */
    dataConsent: ZTicked("club.errors.dataConsentRequired"),
    /** News and invitations: optional, separate. */
    newsConsent: ZCheckbox,
    /** A field people never see; bots fill it. */
    website: z.string().max(0, "validation.invalid").optional(),
  })
  // Checked also while other fields are still wrong (`when`), so the form names every problem at once.
  .refine((value) => value.ageBand !== "UNDER_14" || Boolean(value.parentName), {
    path: ["parentName"],
    message: "club.errors.parentNameRequired",
    when: isUnder14,
  })
  .refine((value) => value.ageBand !== "UNDER_14" || value.parentConsent === true, {
    path: ["parentConsent"],
    message: "club.errors.parentConsentRequired",
    when: isUnder14,
  });

export type TMembershipQuestionnaireInput = z.input<typeof ZMembershipQuestionnaire>;
export type TMembershipQuestionnaire = z.output<typeof ZMembershipQuestionnaire>;

/** The questionnaire's groups of checkboxes and their boxes: a posted form sends one value per ticked box. */
export const QUESTIONNAIRE_GROUPS = { services: CLUB_SERVICES, interests: CLUB_INTERESTS } as const;

/** The questionnaire as a browser posts it (FormData), or as an object (tests, scripts). */
export const ZMembershipQuestionnaireForm = ZFormFields(ZMembershipQuestionnaire, {
  lists: ["services", "interests"] satisfies (keyof typeof QUESTIONNAIRE_GROUPS)[],
});

export const ZMemberProfile = z.object(profileFields);
export type TMemberProfile = z.output<typeof ZMemberProfile>;
