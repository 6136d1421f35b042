import "server-only";

import { newLinkToken } from "@/lib/auth/tokens";
import { getConfig } from "@/lib/config";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicantRole, CaseChannel, CaseType } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";

import { allocateCaseNumber } from "./allocate-case-number";
import { computeDeadlines, type TDeadlineRule } from "./deadlines";

export type TNewApplicant = {
  lastName: string;
  firstName: string;
  patronymic?: string;
  email: string;
  phone?: string;
  role: ApplicantRole;
  locale: TLocale;
};

export type TNewCase = {
  type: CaseType;
  channel: CaseChannel;
  rule: TDeadlineRule;
  text: string;
  topicId?: string;
  office?: { postcode: string; region: string; timeZone: string } | null;
  trackingNumber?: string;
  ratingScore?: number;
  ratingSubject?: string;
  idempotencyKey?: string;
  applicant: TNewApplicant;
  claim?: Omit<Prisma.ClaimDetailsUncheckedCreateInput, "caseId">;
};

export type TCreatedCase = { caseId: string; number: string; dueAt: Date; statusToken: string; eventId: string };

export function fullName(person: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(" ");
}

/** The applicant row, with a fresh status link; the consent to the policy in force is recorded with it. */
export function applicantData(applicant: TNewApplicant, isPrimary: boolean, idempotencyKey?: string) {
  const { token, tokenHash } = newLinkToken();
  const data = {
    isPrimary,
    role: applicant.role,
    lastName: applicant.lastName,
    firstName: applicant.firstName,
    patronymic: applicant.patronymic,
    email: applicant.email,
    phone: applicant.phone,
    locale: applicant.locale,
    statusTokenHash: tokenHash,
    consentPolicyVersion: PRIVACY_POLICY_VERSION,
    consentAt: new Date(),
    idempotencyKey,
  };
  return { token, data };
}

/**
 * Writes a new case with its number, legal deadlines, first applicant (and status link), its history's
 * first entry and claim details — inside the caller's transaction, which also records files and the email.
 */
export async function createCase(tx: Prisma.TransactionClient, input: TNewCase): Promise<TCreatedCase> {
  const filedAt = new Date();
  const { registerBy, dueAt } = computeDeadlines({
    rule: input.rule,
    filedAt,
    timeZone: input.office?.timeZone ?? "Europe/Moscow",
    internationalTermDays: getConfig().INTERNATIONAL_CLAIM_DAYS,
  });
  const number = await allocateCaseNumber(tx, input.type, filedAt);
  const { token, data: applicant } = applicantData(input.applicant, true, input.idempotencyKey);
  const created = await tx.case.create({
    data: {
      number,
      type: input.type,
      channel: input.channel,
      // Filing through the portal registers the case at once; its 3-day registration term is met.
      status: "REGISTERED",
      registerBy,
      registeredAt: filedAt,
      dueAt,
      deadlineRule: input.rule,
      topicId: input.topicId,
      officePostcode: input.office?.postcode,
      region: input.office?.region,
      trackingNumber: input.trackingNumber,
      text: input.text,
      ratingScore: input.ratingScore,
      ratingSubject: input.ratingSubject,
      applicantName: fullName(input.applicant),
      applicantEmail: input.applicant.email,
      applicantPhone: input.applicant.phone,
      createdAt: filedAt,
      applicants: { create: applicant },
      claim: input.claim ? { create: input.claim } : undefined,
      events: { create: { kind: "FILED", isPublic: true, createdAt: filedAt } },
    },
    select: { id: true, events: { select: { id: true } } },
  });
  return { caseId: created.id, number, dueAt, statusToken: token, eventId: created.events[0].id };
}
