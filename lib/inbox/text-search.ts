import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { run, withRows, type TPageRow } from "./case-sql";
import type { TInboxQuery } from "./schemas";
import { SEARCH_COUNT_CAP } from "./where";
import { inboxOrderSql, type TInboxSql } from "./where-sql";

/**
 * How a text search finds its page and its count. The words are stored with each case (a tsvector column), so
 * testing a case is cheap, while the GIN index costs what the words' entries hold: a word in every fifth case
 * lists a million cases at 5M, and two such words that never meet cost both lists to find nothing. So a page
 * walks the list's order testing each case when the words are common enough for the page to lie within
 * WALK_LIMIT cases, and a count tests the filters' cases one by one when that settles it within COUNT_WALK
 * (more than SEARCH_COUNT_CAP found, or every case of the filters tested); the GIN index answers the rest, in
 * one read for the page and the count together when the page is not walked.
 */

/** How many cases in the list's order a page's walk tests at most before it turns to the GIN index. */
export const WALK_LIMIT = 2_000;
/** How many of the filters' cases a count tests at most before it turns to the GIN index. */
export const COUNT_WALK = 100_000;

type TPlanNode = { "Plan Rows": number; Plans?: TPlanNode[] };

/** PostgreSQL's estimates: cases the words match, cases the filters match, and all cases. */
export type TTextEstimate = { words: number; filtered: number; all: number };

export async function estimate(where: TInboxSql & { text: Prisma.Sql }): Promise<TTextEstimate> {
  const [{ "QUERY PLAN": plan }] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: TPlanNode }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Case" c WHERE ${where.text}
    UNION ALL SELECT 1 FROM "Case" c WHERE ${where.filters} UNION ALL SELECT 1 FROM "Case" c`;
  const [words, filtered, all] = (plan[0].Plan.Plans ?? []).map((node) => node["Plan Rows"]);
  return { words: words ?? 0, filtered: filtered ?? 0, all: Math.max(1, all ?? 1) };
}

/** Whether the page is expected well within WALK_LIMIT cases of the list's order. */
export function isWalkPage(guess: TTextEstimate, end: number): boolean {
  return end * 4 <= (WALK_LIMIT * guess.words) / guess.all;
}

/**
 * How many of the filters' cases a count should test, or 0 when the GIN index is the better way: its entries
 * are small, or testing COUNT_WALK cases would likely settle nothing.
 */
export function countWalkRows(guess: TTextEstimate): number {
  if (guess.words <= COUNT_WALK) return 0;
  // Enough cases to expect half as many matches again as the cap, or every case of narrow filters.
  const rows = Math.ceil((1.5 * (SEARCH_COUNT_CAP + 1)) / (guess.words / guess.all));
  if (rows <= COUNT_WALK) return rows;
  return guess.filtered <= COUNT_WALK / 2 ? COUNT_WALK : 0;
}

/** The page by walking the list's order, testing at most WALK_LIMIT cases: possibly short of a page. */
export function walkPage(where: TInboxSql & { text: Prisma.Sql }, query: TInboxQuery, offset: number) {
  const order = inboxOrderSql(query);
  const walk = Prisma.sql`
    SELECT c."id", c."createdAt", c."dueAt", c."number" FROM (
      SELECT c."id", c."createdAt", c."dueAt", c."number", ${where.text} AS hit
      FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${WALK_LIMIT}
    ) AS c WHERE c.hit ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`;
  return run<TPageRow>(withRows(walk, order), { isText: true });
}

/** The page from every match the GIN index gives, sorted. */
export function indexPage(where: TInboxSql & { text: Prisma.Sql }, query: TInboxQuery, offset: number) {
  const order = inboxOrderSql(query);
  const ids = Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} AND ${where.text}
    ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`;
  return run<TPageRow>(withRows(ids, order), { isText: true, isBitmapOnly: true });
}

/**
 * Tests up to `rows` of the filters' cases (in whatever order is cheapest) for the words: the count when that
 * settles it (more than SEARCH_COUNT_CAP matches, or fewer cases than `rows` to test), otherwise null.
 */
export async function walkCount(where: TInboxSql & { text: Prisma.Sql }, rows: number): Promise<number | null> {
  const [{ hits, tested }] = await run<{ hits: number; tested: number }>(
    Prisma.sql`SELECT count(*) FILTER (WHERE w.hit)::int AS hits, count(*)::int AS tested
      FROM (SELECT ${where.text} AS hit FROM "Case" c WHERE ${where.filters} LIMIT ${rows}) AS w`,
    { isText: true },
  );
  return hits > SEARCH_COUNT_CAP || tested < rows ? hits : null;
}

/** Matches counted up to SEARCH_COUNT_CAP + 1 from the GIN index. */
export async function indexCount(where: TInboxSql & { text: Prisma.Sql }): Promise<number> {
  const [{ counted }] = await run<{ counted: number }>(
    Prisma.sql`SELECT count(*)::int AS counted FROM (SELECT 1 FROM "Case" c WHERE ${where.filters} AND ${where.text} LIMIT ${SEARCH_COUNT_CAP + 1}) AS m`,
    { isText: true, isBitmapOnly: true },
  );
  return counted;
}

/**
 * The page and the count from one read of the GIN index: every match (which sorting for the page visits
 * anyway), the page sorted from them and the count capped at SEARCH_COUNT_CAP + 1.
 */
export async function indexPageAndCount(
  where: TInboxSql & { text: Prisma.Sql },
  query: TInboxQuery,
  offset: number,
): Promise<{ rows: TPageRow[]; counted: number }> {
  const order = inboxOrderSql(query);
  const page = withRows(
    Prisma.sql`SELECT c."id" FROM m AS c ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
    order,
  );
  const found = await run<TPageRow & { counted: number }>(
    Prisma.sql`WITH m AS MATERIALIZED (
        SELECT c."id", c."createdAt", c."dueAt", c."number" FROM "Case" c WHERE ${where.filters} AND ${where.text})
      SELECT n.counted, p.* FROM (SELECT count(*)::int AS counted FROM (SELECT 1 FROM m LIMIT ${SEARCH_COUNT_CAP + 1}) AS k) AS n
      LEFT JOIN LATERAL (${page}) AS p ON true
      ORDER BY ${inboxOrderSql(query, "p")}`,
    { isText: true, isBitmapOnly: true },
  );
  // The count rides along on each row; the table never reads it.
  const rows: TPageRow[] = found.filter((row) => row.id !== null);
  return { rows, counted: found[0]?.counted ?? 0 };
}
