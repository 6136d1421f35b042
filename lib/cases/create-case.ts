import "server-only";

import { v7 as uuidv7 } from "uuid";

import { emailStatementParts, type TEmailMessageWithout, type TEnqueueOptions } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicantRole, CaseChannel, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { caseTimeZone } from "@/lib/offices/region-time-zone";

import { caseNumberSeries } from "./case-number";
import { insertColumns, type TApplicantRow, type TCaseRow, type TFiledEventRow } from "./create-case-columns";
import type { TDeadlineRule } from "./deadlines";
import { filingTerm } from "./filing-term";
import { statusTokenPair } from "./status-link";

export type TNewApplicant = {
  lastName: string;
  firstName: string;
  patronymic?: string;
  email: string;
  phone?: string;
  role: ApplicantRole;
  locale: TLocale;
  /** The club member filing while signed in: the case shows in their account. */
  memberId?: string | null;
};

/** The office a case belongs to, as filing needs it: its region for routing, its time zone for deadlines. */
export type TCaseOffice = { postcode: string; region: string; timeZone: string };

export type TNewCase = {
  type: CaseType;
  channel: CaseChannel;
  rule: TDeadlineRule;
  text: string;
  topicId?: string;
  office?: TCaseOffice | null;
  trackingNumber?: string;
  ratingScore?: number;
  ratingSubject?: string;
  /** The retry key and the fingerprint of the request that came with it (see findReplay). */
  idempotency?: TIdempotency;
  applicant: TNewApplicant;
  claim?: Omit<Prisma.ClaimDetailsUncheckedCreateInput, "caseId">;
  /** When it was filed: now, unless the caller records a filing made earlier (an import, a test). */
  filedAt?: Date;
};

export type TIdempotency = { key: string; hash: string };

/** Filing through the portal registers the case at once; its 3-day registration term is met. */
export const FILED_STATUS = "REGISTERED" satisfies CaseStatus;

/** dueAt is null for a case with no term (an office rating). */
export type TCreatedCase = { caseId: string; number: string; dueAt: Date | null; statusToken: string; eventId: string };

/** The email that tells of a new case, written by the statement that files it; the statement fills in its number. */
export type TCaseEmail = (created: Omit<TCreatedCase, "number">) => {
  message: TEmailMessageWithout<"caseNumber">;
  options?: Omit<TEnqueueOptions, "attachments">;
};

export function fullName(person: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(" ");
}

/**
 * The applicant row under its id, with its status link: the first version of the link derived from the id,
 * so every later email can carry the same link again. The consent to the policy in force is recorded with it.
 */
export function applicantData(applicant: TNewApplicant, isPrimary: boolean, idempotency?: TIdempotency) {
  const id = uuidv7();
  const { token, tokenHash } = statusTokenPair(id, 0);
  const data = {
    id,
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
    idempotencyKey: idempotency?.key,
    idempotencyHash: idempotency?.hash,
    memberId: applicant.memberId ?? null,
  };
  return { token, data };
}

/**
 * Writes a new case with its number, legal deadlines, first applicant (and status link), its history's
 * first entry and, when `email` is given, the email that tells of it (its delivery job is left to the
 * workers' relay, see emailStatementParts). With `tx` a transaction, the caller may record more in it
 * (files, details); with the client itself, the statement is the whole filing.
 *
 * One statement takes the number and writes the rows: filing is the portal's busiest write. The number
 * comes from the series' sequence, which locks nothing, so concurrent filings on any number of instances
 * never wait for one another; a filing that fails leaves its number unused. Claim details, when there are
 * any, follow through Prisma. The rows name every column they write and create-case-columns.ts the ones left
 * to the database; the rows' types and create-case-columns.integration.test.ts hold both to the schema.
 */
export async function createCase(
  tx: Prisma.TransactionClient,
  input: TNewCase,
  email?: TCaseEmail,
): Promise<TCreatedCase> {
  const filedAt = input.filedAt ?? new Date();
  // The production calendar is kept for a minute: no extra round trip per filing in between.
  const { registerBy, dueAt } = await filingTerm(
    { rule: input.rule, from: filedAt, timeZone: caseTimeZone(input.office) },
    tx,
  );
  const { prefix, year, sequence } = caseNumberSeries(input.type, filedAt);
  const { token, data: applicant } = applicantData(input.applicant, true, input.idempotency);
  const ids = { case: uuidv7(), applicant: applicant.id, event: uuidv7() };
  // Times as UTC text: the columns are timestamps without zone, as Prisma writes them.
  const at = filedAt.toISOString();
  const notice = email?.({ caseId: ids.case, dueAt, statusToken: token, eventId: ids.event });
  const message = notice
    ? emailStatementParts(
        notice.message,
        { ...notice.options, isRelayed: true },
        { from: Prisma.sql`filed`, fields: { caseNumber: Prisma.sql`filed."number"` } },
      )
    : null;
  const filed = insertColumns({
    id: Prisma.sql`${ids.case}::uuid`,
    number: Prisma.sql`${`${prefix}-${year}-`} || lpad(counter."value"::text, greatest(6, length(counter."value"::text)), '0')`,
    type: Prisma.sql`${input.type}::"CaseType"`,
    channel: Prisma.sql`${input.channel}::"CaseChannel"`,
    status: Prisma.sql`${FILED_STATUS}::"CaseStatus"`,
    registerBy: Prisma.sql`${registerBy?.toISOString() ?? null}::timestamp`,
    registeredAt: Prisma.sql`${at}::timestamp`,
    dueAt: Prisma.sql`${dueAt?.toISOString() ?? null}::timestamp`,
    deadlineRule: Prisma.sql`${input.rule}`,
    topicId: Prisma.sql`${input.topicId ?? null}::uuid`,
    officePostcode: Prisma.sql`${input.office?.postcode ?? null}`,
    region: Prisma.sql`${input.office?.region ?? null}`,
    trackingNumber: Prisma.sql`${input.trackingNumber ?? null}`,
    text: Prisma.sql`${input.text}`,
    ratingScore: Prisma.sql`${input.ratingScore ?? null}::smallint`,
    ratingSubject: Prisma.sql`${input.ratingSubject ?? null}`,
    applicantName: Prisma.sql`${fullName(input.applicant)}`,
    applicantEmail: Prisma.sql`${input.applicant.email}`,
    applicantPhone: Prisma.sql`${input.applicant.phone ?? null}`,
    createdAt: Prisma.sql`${at}::timestamp`,
    updatedAt: Prisma.sql`${at}::timestamp`,
  } satisfies TCaseRow);
  const first = insertColumns({
    id: Prisma.sql`${ids.applicant}::uuid`,
    caseId: Prisma.sql`filed."id"`,
    isPrimary: Prisma.sql`true`,
    role: Prisma.sql`${applicant.role}::"ApplicantRole"`,
    lastName: Prisma.sql`${applicant.lastName}`,
    firstName: Prisma.sql`${applicant.firstName}`,
    patronymic: Prisma.sql`${applicant.patronymic ?? null}`,
    email: Prisma.sql`${applicant.email}`,
    phone: Prisma.sql`${applicant.phone ?? null}`,
    locale: Prisma.sql`${applicant.locale}`,
    statusTokenHash: Prisma.sql`${applicant.statusTokenHash}`,
    consentPolicyVersion: Prisma.sql`${applicant.consentPolicyVersion}`,
    consentAt: Prisma.sql`${applicant.consentAt.toISOString()}::timestamp`,
    idempotencyKey: Prisma.sql`${applicant.idempotencyKey ?? null}`,
    idempotencyHash: Prisma.sql`${applicant.idempotencyHash ?? null}`,
    memberId: Prisma.sql`${applicant.memberId}::uuid`,
    createdAt: Prisma.sql`${at}::timestamp`,
  } satisfies TApplicantRow);
  const event = insertColumns({
    id: Prisma.sql`${ids.event}::uuid`,
    caseId: Prisma.sql`filed."id"`,
    kind: Prisma.sql`'FILED'::"CaseEventKind"`,
    isPublic: Prisma.sql`true`,
    createdAt: Prisma.sql`${at}::timestamp`,
  } satisfies TFiledEventRow);
  const [row] = await tx.$queryRaw<{ number: string }[]>`
    WITH counter AS (
      SELECT next_case_number(${sequence}) AS "value"
    ), filed AS (
      INSERT INTO "Case" (${filed.columns}) SELECT ${filed.values} FROM counter
      RETURNING "id", "number"
    ), applicant AS (
      INSERT INTO "CaseApplicant" (${first.columns}) SELECT ${first.values} FROM filed
    ), event AS (
      INSERT INTO "CaseEvent" (${event.columns}) SELECT ${event.values} FROM filed
    )${message ? Prisma.sql`, ${message.ctes}` : Prisma.empty}
    SELECT "number" FROM filed`;
  if (input.claim)
    await tx.claimDetails.create({ data: { ...input.claim, caseId: ids.case }, select: { caseId: true } });
  return { caseId: ids.case, number: row.number, dueAt, statusToken: token, eventId: ids.event };
}
