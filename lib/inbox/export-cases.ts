import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import type { TCsvCell } from "@/lib/csv/csv";

import { orderedIds, rowsOf } from "./case-ids";
import { fromPageRow, toInboxRow, type TInboxRow } from "./list-cases";
import type { TInboxQuery } from "./schemas";
import { inboxSql } from "./where-sql";

export const EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

/**
 * The inbox's current filter as CSV rows (the table's columns, nothing more), up to EXPORT_LIMIT rows: the
 * list's own condition and order (inboxSql, every match of a text search), the ids at once and their rows in
 * batches so memory stays flat (for csvStreamResponse). The header row comes first.
 */
export async function* exportCases(
  query: TInboxQuery,
  user: TStaffUser,
  columns: { header: string[]; row: (row: TInboxRow) => TCsvCell[] },
): AsyncGenerator<TCsvCell[][]> {
  const now = new Date();
  const ids = await orderedIds(inboxSql(query, user, now), query, EXPORT_LIMIT);
  yield [columns.header];
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await rowsOf(ids.slice(start, start + BATCH), query);
    yield rows.map((row) => columns.row(toInboxRow(fromPageRow(row), now)));
  }
}
