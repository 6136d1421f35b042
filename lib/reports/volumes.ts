import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { weekSql } from "@/lib/time/operator-day-sql";

import { quarterHourSql, reportWeeksSql, weekKeySql } from "./report-weeks";
import type { TReportQuery, TVolumeDimension } from "./schemas";
import { reportCases, reportRows, type TReportViewer } from "./scope";

/**
 * One line of a volume report. `key` is what the cases share (a topic id, region, postcode, channel or ISO week
 * such as 2026-W05; null when not given); the labels are its names (a topic's, an office's, a week's Monday).
 */
export type TVolumeRow = { key: string | null; labelRu: string | null; labelEn: string | null; count: number };

function groupedBy(dimension: Exclude<TVolumeDimension, "week">, where: Prisma.Sql, limit: number): Prisma.Sql {
  switch (dimension) {
    case "topic":
      // Counted by the case's column first, the names joined to those few lines (the same for office).
      return Prisma.sql`
        SELECT t."id"::text AS "key", t."nameRu" AS "labelRu", t."nameEn" AS "labelEn", n."count"
        FROM (SELECT c."topicId", count(*)::int AS "count" FROM "Case" c WHERE ${where} GROUP BY c."topicId") AS n
          LEFT JOIN "Topic" t ON t."id" = n."topicId"
        ORDER BY n."count" DESC, t."nameRu" NULLS LAST
        LIMIT ${limit}`;
    case "region":
      return Prisma.sql`
        SELECT c."region" AS "key", c."region" AS "labelRu", c."region" AS "labelEn", count(*)::int AS "count"
        FROM "Case" c
        WHERE ${where}
        GROUP BY c."region"
        ORDER BY "count" DESC, c."region" NULLS LAST
        LIMIT ${limit}`;
    case "office":
      return Prisma.sql`
        SELECT n."officePostcode"::text AS "key", o."name" AS "labelRu", o."name" AS "labelEn", n."count"
        FROM (
          SELECT c."officePostcode", count(*)::int AS "count" FROM "Case" c WHERE ${where} GROUP BY c."officePostcode"
        ) AS n LEFT JOIN "Office" o ON o."postcode" = n."officePostcode"
        ORDER BY n."count" DESC, n."officePostcode" NULLS LAST
        LIMIT ${limit}`;
    case "channel":
      return Prisma.sql`
        SELECT c."channel"::text AS "key", NULL AS "labelRu", NULL AS "labelEn", count(*)::int AS "count"
        FROM "Case" c
        WHERE ${where}
        GROUP BY c."channel"
        ORDER BY c."channel"
        LIMIT ${limit}`;
  }
}

/** Cases by the week they were filed, every week of the range listed. */
function byWeek(query: TReportQuery, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH weeks AS (
      ${reportWeeksSql(query)}
    ), counts AS (
      SELECT ${weekSql(Prisma.sql`q."quarter"`)} AS "week", sum(q."count")::int AS "count"
      FROM (
        SELECT ${quarterHourSql(Prisma.sql`c."createdAt"`)} AS "quarter", count(*) AS "count"
        FROM "Case" c
        WHERE ${where}
        GROUP BY 1
      ) AS q
      GROUP BY 1
    )
    SELECT ${weekKeySql(Prisma.sql`w."week"`)}, coalesce(n."count", 0)::int AS "count"
    FROM weeks w LEFT JOIN counts n ON n."week" = w."week"
    ORDER BY w."week"`;
}

/** How many cases were filed, by topic, region, office, channel or ISO week (Moscow time). */
export async function volumesBy(
  dimension: TVolumeDimension,
  query: TReportQuery,
  user: TReportViewer,
  options: { limit?: number } = {},
): Promise<TVolumeRow[]> {
  const where = reportCases(query, user);
  const sql = dimension === "week" ? byWeek(query, where) : groupedBy(dimension, where, options.limit ?? 100_000);
  return reportRows<TVolumeRow>(sql);
}
