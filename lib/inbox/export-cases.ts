import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import type { TCsvCell } from "@/lib/csv/csv";
import { db } from "@/lib/db";

import { INBOX_SELECT, inboxOrderBy, toInboxRow, type TInboxRow } from "./list-cases";
import type { TInboxQuery } from "./schemas";
import { inboxWhere } from "./where";

export const EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

/**
 * The inbox's current filter as CSV rows (the table's columns, nothing more), in batches fetched by cursor
 * so memory stays flat (for csvStreamResponse), up to EXPORT_LIMIT rows. The header row comes first.
 */
export async function* exportCases(
  query: TInboxQuery,
  user: TStaffUser,
  columns: { header: string[]; row: (row: TInboxRow) => TCsvCell[] },
): AsyncGenerator<TCsvCell[][]> {
  const now = new Date();
  const { where } = await inboxWhere(query, user, now);
  yield [columns.header];
  let cursor: string | undefined;
  let sent = 0;
  while (sent < EXPORT_LIMIT) {
    const batch = await db.case.findMany({
      where,
      select: INBOX_SELECT,
      orderBy: inboxOrderBy(query),
      take: Math.min(BATCH, EXPORT_LIMIT - sent),
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    yield batch.map((row) => columns.row(toInboxRow(row, now)));
    sent += batch.length;
    cursor = batch.at(-1)!.id;
    if (batch.length < BATCH) break;
  }
}
