import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

/**
 * A text search's statements run with custom plans (the planner sees the words, so it can use their
 * statistics) and, with isBitmapOnly, on bitmap scans only, which for the words means the GIN index: never a
 * scan that tests every case in the hope of an early match. Other statements need neither and run alone, one
 * round trip each.
 */
export async function run<T>(sql: Prisma.Sql, settings: { isText: boolean; isBitmapOnly?: boolean }): Promise<T[]> {
  if (!settings.isText) return db.$queryRaw<T[]>(sql);
  const off = settings.isBitmapOnly ? "off" : "on";
  const [, rows] = await db.$transaction([
    // work_mem: a common word's GIN bitmap (a million cases at 5M) must stay exact, or every case on a lossy
    // page is tested again.
    db.$queryRaw`SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', '32MB', true),
      set_config('enable_seqscan', ${off}, true), set_config('enable_indexscan', ${off}, true)`,
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}

/** One row of the page as the table shows it, read in the same statement as the page's ids. */
export type TPageRow = {
  id: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  applicantName: string;
  region: string | null;
  createdAt: Date;
  dueAt: Date | null;
  pausedAt: Date | null;
  mergedIntoId: string | null;
  customerNewsAt: Date | null;
  topicRu: string | null;
  topicEn: string | null;
  officePostcode: string | null;
  officeName: string | null;
  assigneeName: string | null;
};

/** The page's rows for the ids a statement selects, in the list's order. */
export function withRows(ids: Prisma.Sql, order: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."number", c."type"::text AS "type", c."status"::text AS "status",
      c."priority"::text AS "priority", c."applicantName", c."region", c."createdAt", c."dueAt", c."pausedAt",
      c."mergedIntoId", c."customerNewsAt", t."nameRu" AS "topicRu", t."nameEn" AS "topicEn",
      o."postcode" AS "officePostcode", o."name" AS "officeName", s."name" AS "assigneeName"
    FROM (${ids}) AS p
    JOIN "Case" c ON c."id" = p."id"
    LEFT JOIN "Topic" t ON t."id" = c."topicId"
    LEFT JOIN "Office" o ON o."postcode" = c."officePostcode"
    LEFT JOIN "StaffUser" s ON s."id" = c."assigneeId"
    ORDER BY ${order}`;
}
