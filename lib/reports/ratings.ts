import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

import type { TReportQuery } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/**
 * How applicants rated the answers given in the period (as the satisfaction reports count them): how many
 * gave each score 1–5, and the mean (one decimal).
 */
export type TAnswerRatings = { distribution: { score: number; count: number }[]; count: number; mean: number | null };

export async function answerRatings(query: TReportQuery, user: TReportViewer): Promise<TAnswerRatings> {
  // One pass over the rated answers: each score's count and the mean together.
  const [row] = await reportRows<{ counts: number[]; mean: number | null }>(Prisma.sql`
    SELECT ARRAY[
        count(*) FILTER (WHERE c."answerRating" = 1), count(*) FILTER (WHERE c."answerRating" = 2),
        count(*) FILTER (WHERE c."answerRating" = 3), count(*) FILTER (WHERE c."answerRating" = 4),
        count(*) FILTER (WHERE c."answerRating" = 5)
      ]::int[] AS "counts",
      round(avg(c."answerRating"), 1)::float8 AS "mean"
    FROM "Case" c
    WHERE ${reportCases(query, user, { by: "answeredAt" })} AND c."answerRating" IS NOT NULL`);
  const distribution = row.counts.map((count, index) => ({ score: index + 1, count }));
  const count = distribution.reduce((sum, score) => sum + score.count, 0);
  return { distribution, count, mean: row.mean };
}

/** Ratings of an office (cases of type RATING): how many, the mean score (2 decimals), and each score's count. */
export type TOfficeRatingRow = {
  postcode: string | null;
  name: string | null;
  region: string | null;
  count: number;
  mean: number;
  scores: [number, number, number, number, number];
};

type TRawOfficeRow = Omit<TOfficeRatingRow, "scores"> & { s1: number; s2: number; s3: number; s4: number; s5: number };

/** Offices by how often they were rated (then by mean); the type filter does not apply: these are RATING cases. */
export async function officeRatings(
  query: TReportQuery,
  user: TReportViewer,
  options: { limit?: number } = {},
): Promise<TOfficeRatingRow[]> {
  const rows = await reportRows<TRawOfficeRow>(Prisma.sql`
    SELECT c."officePostcode"::text AS "postcode", o."name", o."region", count(*)::int AS "count",
      round(avg(c."ratingScore"), 2)::float8 AS "mean",
      count(*) FILTER (WHERE c."ratingScore" = 1)::int AS "s1",
      count(*) FILTER (WHERE c."ratingScore" = 2)::int AS "s2",
      count(*) FILTER (WHERE c."ratingScore" = 3)::int AS "s3",
      count(*) FILTER (WHERE c."ratingScore" = 4)::int AS "s4",
      count(*) FILTER (WHERE c."ratingScore" = 5)::int AS "s5"
    FROM "Case" c LEFT JOIN "Office" o ON o."postcode" = c."officePostcode"
    WHERE ${reportCases(query, user, { ignoreType: true })} AND c."type" = 'RATING' AND c."ratingScore" IS NOT NULL
    GROUP BY c."officePostcode", o."name", o."region"
    ORDER BY "count" DESC, "mean" DESC, c."officePostcode" NULLS LAST
    LIMIT ${options.limit ?? 100_000}`);
  return rows.map(({ s1, s2, s3, s4, s5, ...row }) => ({ ...row, scores: [s1, s2, s3, s4, s5] }));
}
