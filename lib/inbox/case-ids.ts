import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import type { TInboxQuery } from "./schemas";
import { COUNT_CAP } from "./where";
import { inboxOrderSql, type TInboxSql } from "./where-sql";

/**
 * How many rows in ORDER BY order the list reads at most, testing each for the search words, before it turns
 * to the GIN index: enough for a page of a word in one case of 50 or more, little enough (every row's text is
 * parsed and stemmed on the way) that a miss costs a few milliseconds.
 */
export const WALK_LIMIT = 2_000;

type TPlanSettings = { isBitmapOnly?: boolean };

/**
 * One statement with custom plans (the planner sees the words and values, so it can use their statistics and
 * prove the partial indexes on open cases apply); with isBitmapOnly, only bitmap scans, which for a text
 * search means the GIN index: never a scan that parses every case's text in the hope of an early match.
 */
async function run<T>(sql: Prisma.Sql, { isBitmapOnly = false }: TPlanSettings = {}): Promise<T[]> {
  const settings = [db.$executeRaw`SET LOCAL plan_cache_mode = force_custom_plan`];
  if (isBitmapOnly)
    settings.push(db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$executeRaw`SET LOCAL enable_indexscan = off`);
  const results = await db.$transaction([...settings, db.$queryRaw<T[]>(sql)]);
  return results.at(-1) as T[];
}

/** Matching cases counted up to COUNT_CAP + 1 only: a broad filter over millions never scans them all. */
export async function countIds(where: TInboxSql): Promise<number> {
  const condition = where.text ? Prisma.sql`${where.filters} AND ${where.text}` : where.filters;
  const [{ counted }] = await run<{ counted: number }>(
    Prisma.sql`SELECT count(*)::int AS counted FROM (SELECT 1 FROM "Case" c WHERE ${condition} LIMIT ${COUNT_CAP + 1}) AS m`,
    { isBitmapOnly: where.text !== null },
  );
  return counted;
}

/** PostgreSQL's estimate of the share of cases the search words match (its statistics of the GIN index). */
async function estimatedShare(text: Prisma.Sql): Promise<number> {
  const [plan] = await run<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Case" c WHERE ${text}`,
  );
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT greatest(reltuples, 1)::float8 AS total FROM pg_class WHERE oid = '"Case"'::regclass`;
  return plan["QUERY PLAN"][0].Plan["Plan Rows"] / total;
}

/**
 * The ids of one page, in the list's order. A text search walks the ORDER BY index, testing at most
 * WALK_LIMIT rows, when the words are common enough for the page to lie within them (cheap for a word in every
 * fifth case, whose GIN entry lists hundreds of thousands); otherwise, or if the walk falls short, it takes
 * every match from the GIN index and sorts them (cheap when they are few). Both give the same rows in the
 * same order: the walk reads rows in that order, and stops only once it has the whole page.
 */
export async function pageIds(where: TInboxSql, query: TInboxQuery, offset: number): Promise<string[]> {
  const order = inboxOrderSql(query);
  const limit = query.pageSize;
  if (where.text) {
    const wanted = offset + limit;
    if (wanted * 4 <= WALK_LIMIT * (await estimatedShare(where.text))) {
      const walked = await run<{ id: string }>(Prisma.sql`
        SELECT c."id" FROM (
          SELECT c."id", c."createdAt", c."dueAt", c."number", ${where.text} AS hit
          FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${WALK_LIMIT}
        ) AS c WHERE c.hit ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
      if (walked.length === limit) return walked.map((row) => row.id);
    }
    const found = await run<{ id: string }>(
      Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} AND ${where.text}
        ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      { isBitmapOnly: true },
    );
    return found.map((row) => row.id);
  }
  const found = await run<{ id: string }>(
    Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
  );
  return found.map((row) => row.id);
}
