import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { INBOX_SELECT, inboxOrderBy, toInboxRow, type TInboxRow } from "./list-cases";
import type { TInboxQuery } from "./schemas";
import { inboxWhere } from "./where";

export const EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

/** A CSV field: quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The inbox's current filter as CSV rows (the table's columns, nothing more), fetched in batches by cursor
 * so memory stays flat, up to EXPORT_LIMIT rows. The header row comes first.
 */
export async function* exportCases(
  query: TInboxQuery,
  user: TStaffUser,
  columns: { header: string[]; row: (row: TInboxRow) => string[] },
): AsyncGenerator<string> {
  const now = new Date();
  const { where } = await inboxWhere(query, user, now);
  yield `${columns.header.map(csvField).join(",")}\r\n`;
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
    yield batch.map((row) => `${columns.row(toInboxRow(row, now)).map(csvField).join(",")}\r\n`).join("");
    sent += batch.length;
    cursor = batch.at(-1)!.id;
    if (batch.length < BATCH) break;
  }
}
