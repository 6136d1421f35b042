"use client";

import { useTable, type RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import type { TActionResult } from "@/lib/action/action-result";
import type { TBulkResult } from "@/lib/inbox/bulk-update-cases";
import type { TInboxRow } from "@/lib/inbox/list-cases";
import { SORT_FIELDS, toSearchParams, type TBulkUpdate, type TInboxQuery } from "@/lib/inbox/schemas";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

import { BulkBar } from "./bulk-bar";
import { inboxColumns, inboxFeatures } from "./inbox-columns";

type TSortField = (typeof SORT_FIELDS)[number];
const isSortField = (id: string): id is TSortField => (SORT_FIELDS as readonly string[]).includes(id);

/**
 * The inbox table (TanStack Table v9). Sorting and paging are the server's: the table holds the sort only to
 * mark the header, and a header click is a link to the URL with the new order. Selection is the table's own.
 */
export function InboxTable({
  rows,
  query,
  caption,
  bulk,
}: {
  rows: TInboxRow[];
  query: TInboxQuery;
  caption: string;
  /** Absent for read-only roles: no checkboxes, no bulk bar. */
  bulk?: {
    staff: { id: string; name: string }[];
    currentStaffId: string;
    update: (input: TBulkUpdate) => Promise<TActionResult<TBulkResult>>;
  };
}) {
  const t = useTexts();
  const format = useTextFormat();
  const { locale } = t;
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const columns = useMemo(
    () =>
      inboxColumns({
        t: (key) => t(key),
        date: (value) =>
          format.dateTime(value, { dateStyle: "short", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE }),
        locale,
        isSelectable: Boolean(bulk),
      }),
    [t, format, locale, bulk],
  );
  const table = useTable({
    features: inboxFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { rowSelection, sorting: [{ id: query.sort, desc: query.dir === "desc" }] },
    onRowSelectionChange: setRowSelection,
    enableRowSelection: Boolean(bulk),
    manualSorting: true,
    enableSortingRemoval: false,
  });
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);

  const sortHref = (field: TSortField) => {
    const dir =
      query.sort === field && query.dir === "asc"
        ? "desc"
        : query.sort === field
          ? "asc"
          : field === "createdAt"
            ? "desc"
            : "asc";
    return `/console/cases?${toSearchParams({ ...query, sort: field, dir, page: 1 })}`;
  };

  return (
    <div className="flex flex-col gap-3">
      {bulk ? (
        <BulkBar
          selectedIds={selectedIds}
          staff={bulk.staff}
          currentStaffId={bulk.currentStaffId}
          update={bulk.update}
          onDone={() => setRowSelection({})}
        />
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full min-w-[64rem] border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-brand-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort() && isSortField(header.column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="whitespace-nowrap px-3 py-2 font-medium"
                      aria-sort={
                        canSort
                          ? sorted === "asc"
                            ? "ascending"
                            : sorted === "desc"
                              ? "descending"
                              : "none"
                          : undefined
                      }
                    >
                      {canSort && isSortField(header.column.id) ? (
                        <Link
                          href={sortHref(header.column.id)}
                          className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === "asc" ? "↑" : sorted === "desc" ? "↓" : "↕"}</span>
                        </Link>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                className="border-t border-line align-top data-selected:bg-brand-50"
                data-selected={row.getIsSelected() || undefined}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-6 text-center text-muted">
                  {t("inbox.empty")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
