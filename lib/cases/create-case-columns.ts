import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The columns the filing statement (create-case.ts) leaves to the database: each takes NULL or has a default
 * in the migrations. Every other column of these tables is written by the statement, which is raw SQL, so
 * nothing in Prisma would notice a column added to schema.prisma and missing from it. The row types below
 * are built from Prisma's field lists minus these, so such a column is a type error in create-case.ts until
 * it is written there or listed here; create-case-columns.integration.test.ts checks these lists against the
 * database (nothing listed here may be NOT NULL without a default).
 */
export const CASE_LEFT_TO_DEFAULTS = [
  "priority",
  "assigneeId",
  "idempotencyKey",
  "answerRating",
  "answerRatedAt",
  "pausedAt",
  "extendedAt",
  "extensionReason",
  "mergedIntoId",
  "replyToken",
  "firstRepliedAt",
  "answeredAt",
  "answeredById",
  "closedAt",
  "customerNewsAt",
  "forwardedTo",
  "answerComment",
] as const satisfies readonly (keyof typeof Prisma.CaseScalarFieldEnum)[];

/** A first applicant's status link starts at version 0. */
export const APPLICANT_LEFT_TO_DEFAULTS = [
  "statusLinkVersion",
] as const satisfies readonly (keyof typeof Prisma.CaseApplicantScalarFieldEnum)[];

/** The FILED entry has no text, facts, author or staff member. */
export const FILED_EVENT_LEFT_TO_DEFAULTS = [
  "body",
  "data",
  "applicantId",
  "staffId",
] as const satisfies readonly (keyof typeof Prisma.CaseEventScalarFieldEnum)[];

type TRow<TFields, TLeft extends readonly string[]> = Record<Exclude<keyof TFields, TLeft[number]>, Prisma.Sql>;

/** A value for every column of "Case" that filing writes. */
export type TCaseRow = TRow<typeof Prisma.CaseScalarFieldEnum, typeof CASE_LEFT_TO_DEFAULTS>;
export type TApplicantRow = TRow<typeof Prisma.CaseApplicantScalarFieldEnum, typeof APPLICANT_LEFT_TO_DEFAULTS>;
export type TFiledEventRow = TRow<typeof Prisma.CaseEventScalarFieldEnum, typeof FILED_EVENT_LEFT_TO_DEFAULTS>;

const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * An INSERT's column list and the matching SELECT list, both from one row, so a name and its value cannot
 * fall out of step.
 */
export function insertColumns(row: Record<string, Prisma.Sql>): { columns: Prisma.Sql; values: Prisma.Sql } {
  const entries = Object.entries(row);
  const names = entries.map(([name]) => {
    if (!COLUMN_NAME.test(name)) throw new Error(`Not a column name: ${name}`);
    return `"${name}"`;
  });
  return { columns: Prisma.raw(names.join(", ")), values: Prisma.join(entries.map(([, value]) => value)) };
}
