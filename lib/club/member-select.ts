import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocale, type TLocale } from "@/lib/i18n/locales";

/** The member's own details and consents, as both the account page and the console's member page show them. */
export const MEMBER_PROFILE_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  phone: true,
  region: true,
  city: true,
  cardNumber: true,
  joinedAt: true,
  dataConsentVersion: true,
  dataConsentAt: true,
  newsConsentAt: true,
} as const satisfies Prisma.MemberSelect;

/** What of a member says which language to write to them in: the one they filled in the questionnaire in. */
export const MEMBER_LANGUAGE_SELECT = {
  application: { select: { locale: true } },
} as const satisfies Prisma.MemberSelect;

/** The language of the member's questionnaire (the default one for a member who joined without it). */
export function memberLocale(member: { application: { locale: string } | null }): TLocale {
  return resolveLocale(member.application?.locale);
}
