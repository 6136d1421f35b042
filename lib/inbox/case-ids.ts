import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { run, withRows, type TPageRow } from "./case-sql";
import type { TInboxQuery } from "./schemas";
import {
  countWalkRows,
  estimate,
  indexCount,
  indexPage,
  indexPageAndCount,
  isWalkPage,
  walkCount,
  walkPage,
} from "./text-search";
import { COUNT_CAP, SEARCH_COUNT_CAP } from "./where";
import { inboxOrderSql, type TInboxSql } from "./where-sql";

export type { TPageRow } from "./case-sql";

type TTextSql = TInboxSql & { text: Prisma.Sql };
const isText = (where: TInboxSql): where is TTextSql => where.text !== null;

/** How far a list's count goes before it says "more than": a text search's cap is the lower one. */
export const countCap = (where: TInboxSql): number => (where.text ? SEARCH_COUNT_CAP : COUNT_CAP);

/** A count as a list shows it: exact up to the cap, and beyond it the cap, said to be capped. */
export function cappedCount(counted: number, where: TInboxSql): { total: number; isCapped: boolean } {
  const cap = countCap(where);
  return { total: Math.min(counted, cap), isCapped: counted > cap };
}

/** The filters' cases counted up to COUNT_CAP + 1 only: a broad filter over millions never scans them all. */
function plainCount(where: TInboxSql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int FROM (SELECT 1 FROM "Case" c WHERE ${where.filters} LIMIT ${COUNT_CAP + 1}) AS m`;
}

/** Matching cases counted up to countCap + 1 only; a text search as text-search.ts decides. */
export async function countIds(where: TInboxSql): Promise<number> {
  if (!isText(where)) {
    const [{ counted }] = await db.$queryRaw<{ counted: number }[]>`SELECT (${plainCount(where)}) AS counted`;
    return counted;
  }
  const rows = countWalkRows(await estimate(where));
  return (rows ? await walkCount(where, rows) : null) ?? (await indexCount(where));
}

/**
 * One page, in the list's order. Both ways of a text search give the same rows in the same order (the walk
 * reads rows in that order and is used only when it holds the whole page).
 */
export async function pageRows(
  where: TInboxSql,
  query: TInboxQuery,
  offset: number,
  /** Tests hold the two ways to the same rows; the list always lets the estimate choose. */
  way: "choose" | "walk" | "index" = "choose",
): Promise<TPageRow[]> {
  const order = inboxOrderSql(query);
  if (!isText(where)) {
    const ids = Prisma.sql`SELECT c."id" FROM "Case" c WHERE ${where.filters} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`;
    return run<TPageRow>(withRows(ids, order), { isText: false });
  }
  if (way === "index") return indexPage(where, query, offset);
  const isWalk = way === "walk" || isWalkPage(await estimate(where), offset + query.pageSize);
  const walked = isWalk ? await walkPage(where, query, offset) : [];
  if (walked.length === query.pageSize || way === "walk") return walked;
  return indexPage(where, query, offset);
}

/**
 * The list's page and its capped count. A text search estimates once; a page the walk should find is walked,
 * with its count walked too where that should settle it; any other page, or a walk that fell short, comes
 * with its count from one read of the GIN index.
 */
export async function pageAndCount(
  where: TInboxSql,
  query: TInboxQuery,
  offset: number,
): Promise<{ rows: TPageRow[]; counted: number }> {
  if (!isText(where)) {
    const [rows, counted] = await Promise.all([pageRows(where, query, offset), countIds(where)]);
    return { rows, counted };
  }
  const guess = await estimate(where);
  if (!isWalkPage(guess, offset + query.pageSize)) return indexPageAndCount(where, query, offset);
  const countRows = countWalkRows(guess);
  const [walked, walkCounted] = await Promise.all([
    walkPage(where, query, offset),
    countRows ? walkCount(where, countRows) : null,
  ]);
  if (walked.length < query.pageSize) return indexPageAndCount(where, query, offset);
  return { rows: walked, counted: walkCounted ?? (await indexCount(where)) };
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
 * very subquery countIds runs; a view that searches text is counted on its own, as countIds counts it.
 */
export async function countMany(wheres: TInboxSql[]): Promise<number[]> {
  const counts: number[] = new Array<number>(wheres.length).fill(0);
  const plain = wheres.flatMap((where, i) => (where.text ? [] : [{ where, i }]));
  const texts = wheres.flatMap((where, i) => (where.text ? [{ where, i }] : []));
  const [rows, textCounts] = await Promise.all([
    plain.length
      ? db.$queryRaw<{ i: number; counted: number }[]>(
          Prisma.join(
            plain.map(({ where, i }) => Prisma.sql`SELECT ${i}::int AS i, (${plainCount(where)}) AS counted`),
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
