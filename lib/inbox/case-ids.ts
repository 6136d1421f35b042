import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";

import type { TInboxQuery } from "./schemas";
import { COUNT_CAP } from "./where";
import { inboxOrderSql, type TInboxSql } from "./where-sql";

/**
 * How many rows in ORDER BY order the list reads at most, testing each for the search words, before it turns
 * to the GIN index: enough for a page of a word in one case of 50 or more, little enough (every row's text is
 * parsed and stemmed on the way) that a miss costs a few milliseconds.
 */
export const WALK_LIMIT = 2_000;

/**
 * A text search's statements run with custom plans (the planner sees the words, so it can use their
 * statistics) and, with isBitmapOnly, on bitmap scans only, which for the words means the GIN index: never a
 * scan that parses every case's text in the hope of an early match. Other statements need neither and run
 * alone, one round trip each.
 */
async function run<T>(sql: Prisma.Sql, settings: { isText: boolean; isBitmapOnly?: boolean }): Promise<T[]> {
  if (!settings.isText) return db.$queryRaw<T[]>(sql);
  const off = settings.isBitmapOnly ? "off" : "on";
  const [, rows] = await db.$transaction([
    // work_mem: a common word's GIN bitmap (a million cases at 5M) must stay exact, or every case on a lossy
    // page has its text parsed again to recheck it.
    db.$queryRaw`SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', '32MB', true),
      set_config('enable_seqscan', ${off}, true), set_config('enable_indexscan', ${off}, true)`,
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}

/** Matching cases counted up to COUNT_CAP + 1 only: a broad filter over millions never scans them all. */
export async function countIds(where: TInboxSql): Promise<number> {
  const condition = where.text ? Prisma.sql`${where.filters} AND ${where.text}` : where.filters;
  const [{ counted }] = await run<{ counted: number }>(
    Prisma.sql`SELECT count(*)::int AS counted FROM (SELECT 1 FROM "Case" c WHERE ${condition} LIMIT ${COUNT_CAP + 1}) AS m`,
    { isText: where.text !== null, isBitmapOnly: true },
  );
  return counted;
}

type TPlanNode = { "Plan Rows": number; Plans?: TPlanNode[] };

/** PostgreSQL's estimate of the share of cases the search words match (its statistics of the GIN index). */
async function estimatedShare(text: Prisma.Sql): Promise<number> {
  const [{ "QUERY PLAN": plan }] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: TPlanNode }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Case" c WHERE ${text} UNION ALL SELECT 1 FROM "Case" c`;
  const [matching, all] = plan[0].Plan.Plans ?? [];
  return (matching?.["Plan Rows"] ?? 0) / Math.max(1, all?.["Plan Rows"] ?? 1);
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
function withRows(ids: Prisma.Sql, order: Prisma.Sql): Prisma.Sql {
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

/**
 * One page, in the list's order. A text search walks the ORDER BY index, testing at most WALK_LIMIT rows,
 * when PostgreSQL expects the words common enough for the page to lie well within them (cheap for a word in
 * every fifth case, whose GIN entry lists hundreds of thousands); otherwise, or if the walk falls short, it
 * takes every match from the GIN index and sorts them (cheap when they are few). Both give the same rows in
 * the same order: the walk reads rows in that order and is used only when it holds the whole page.
 */
export async function pageRows(
  where: TInboxSql,
  query: TInboxQuery,
  offset: number,
  /** Tests hold the two ways to the same rows; the list always lets the estimate choose. */
  way: "choose" | "walk" | "index" = "choose",
): Promise<TPageRow[]> {
  const order = inboxOrderSql(query);
  const limit = query.pageSize;
  if (!where.text) {
    const ids = Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    return run<TPageRow>(withRows(ids, order), { isText: false });
  }
  const isWalk =
    way === "walk" || (way === "choose" && (offset + limit) * 4 <= WALK_LIMIT * (await estimatedShare(where.text)));
  if (isWalk) {
    const walk = Prisma.sql`
      SELECT c."id", c."createdAt", c."dueAt", c."number" FROM (
        SELECT c."id", c."createdAt", c."dueAt", c."number", ${where.text} AS hit
        FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${WALK_LIMIT}
      ) AS c WHERE c.hit ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    const walked = await run<TPageRow>(withRows(walk, order), { isText: true });
    if (walked.length === limit || way === "walk") return walked;
  }
  const ids = Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} AND ${where.text}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  return run<TPageRow>(withRows(ids, order), { isText: true, isBitmapOnly: true });
}

/**
 * Every match's id in the list's order, at most `limit` (the CSV export): the same condition as the list, a
 * text search on the GIN index (its cost follows the matches, never a walk that might find none).
 */
export async function orderedIds(where: TInboxSql, query: TInboxQuery, limit: number): Promise<string[]> {
  const condition = where.text ? Prisma.sql`${where.filters} AND ${where.text}` : where.filters;
  const rows = await run<{ id: string }>(
    Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${condition} ORDER BY ${inboxOrderSql(query)} LIMIT ${limit}`,
    { isText: where.text !== null, isBitmapOnly: true },
  );
  return rows.map((row) => row.id);
}

/** The rows of these cases as the table shows them, in the list's order. */
export function rowsOf(ids: string[], query: TInboxQuery): Promise<TPageRow[]> {
  return run<TPageRow>(withRows(Prisma.sql`SELECT unnest(${ids}::uuid[]) AS "id"`, inboxOrderSql(query)), {
    isText: false,
  });
}

/**
 * Several capped counts in one statement (the console's views: every queue, office and office head), each the
 * very subquery countIds runs; a view that searches text is counted on its own, under countIds' settings.
 */
export async function countMany(wheres: TInboxSql[]): Promise<number[]> {
  const counts: number[] = new Array<number>(wheres.length).fill(0);
  const plain = wheres.flatMap((where, i) => (where.text ? [] : [{ where, i }]));
  const texts = wheres.flatMap((where, i) => (where.text ? [{ where, i }] : []));
  const [rows, textCounts] = await Promise.all([
    plain.length
      ? db.$queryRaw<{ i: number; counted: number }[]>(
          Prisma.join(
            plain.map(
              ({ where, i }) =>
                Prisma.sql`SELECT ${i}::int AS i, (SELECT count(*)::int FROM (SELECT 1 FROM "Case" c WHERE ${where.filters} LIMIT ${COUNT_CAP + 1}) AS m) AS counted`,
            ),
            " UNION ALL ",
          ),
        )
      : [],
    Promise.all(texts.map(({ where }) => countIds(where))),
  ]);
  for (const row of rows) counts[row.i] = row.counted;
  texts.forEach(({ i }, n) => (counts[i] = textCounts[n]));
  return counts;
}
