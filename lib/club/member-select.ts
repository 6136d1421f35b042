import type { Prisma } from "@/lib/generated/prisma/client";

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
