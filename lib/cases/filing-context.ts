import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { TCaseOffice } from "./create-case";
import {
  similarComplaintOf,
  similarComplaintSql,
  type TSimilarComplaint,
  type TSimilarJson,
} from "./similar-complaint";

/** What a complaint is filed under, read before it is written. */
export type TComplaintContext = {
  /** The active topic of the code, or null. */
  topicId: string | null;
  /** The office of the postcode, or null (none given, or none such). */
  office: TCaseOffice | null;
  /** The filer's recent complaint like this one (see similar-complaint.ts), or null. */
  similar: TSimilarComplaint | null;
};

type TContextJson = { topicId: string | null; office: TCaseOffice | null; similar: TSimilarJson | null };

/**
 * A complaint's context as one JSON value: the topic of its code, the office of its postcode and the
 * filer's similar recent complaint. An SQL expression, so that a caller with a statement of its own (the
 * API's key check) can ask it there; findComplaintContext asks it alone.
 */
export function complaintContextSql(
  input: { topic: string; officePostcode?: string; email: string },
  now: Date = new Date(),
): Prisma.Sql {
  const similar = similarComplaintSql(
    { email: input.email, topicId: Prisma.sql`topic."id"`, officePostcode: Prisma.sql`office."postcode"` },
    now,
  );
  return Prisma.sql`(
    SELECT jsonb_build_object(
      'topicId', topic."id",
      'office', CASE WHEN office."postcode" IS NOT NULL THEN jsonb_build_object(
        'postcode', office."postcode", 'region', office."region", 'timeZone', office."timeZone") END,
      'similar', CASE WHEN topic."id" IS NOT NULL THEN ${similar} END
    )
    FROM (SELECT 1) AS one
    LEFT JOIN "Topic" AS topic ON topic."code" = ${input.topic} AND topic."isActive"
    LEFT JOIN "Office" AS office ON office."postcode" = ${input.officePostcode ?? null}::text)`;
}

/** complaintContextSql's value read back. */
export function complaintContextOf(json: TContextJson): TComplaintContext {
  return { topicId: json.topicId, office: json.office, similar: similarComplaintOf(json.similar) };
}

/** The complaint's context in one round trip. */
export async function findComplaintContext(input: {
  topic: string;
  officePostcode?: string;
  email: string;
}): Promise<TComplaintContext> {
  const [row] = await db.$queryRaw<{ context: TContextJson }[]>`SELECT ${complaintContextSql(input)} AS "context"`;
  return complaintContextOf(row.context);
}
