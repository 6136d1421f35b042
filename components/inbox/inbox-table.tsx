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
import { cn } from "@/lib/utils";

import { BulkBar } from "./bulk-bar";
import { useInboxColumns } from "./column-visibility";
import { COLUMN_WIDTHS, inboxColumns, inboxFeatures } from "./inbox-columns";

type TSortField = (typeof SORT_FIELDS)[number];
const isSortField = (id: string): id is TSortField => (SORT_FIELDS as readonly string[]).includes(id);

/**
 * The inbox table (TanStack Table v9). Sorting and paging are the server's: the table holds the sort only to
 * mark the header, and a header click is a link to the URL with the new order. Selection is the table's own,
 * keyed by case id, so it survives the list refreshing itself; hidden columns are the staff member's
 * (InboxColumnsProvider, changed through the heading's «Столбцы» menu).
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
  const { visibility, onChange: onColumnVisibilityChange } = useInboxColumns();
  const columns = useMemo(
    () =>
      inboxColumns({
        t: (key) => t(key),
        date: (value) => format.dateTime(value, { dateStyle: "short", timeZone: OPERATOR_TIME_ZONE }),
        time: (value) => format.dateTime(value, { timeStyle: "short", timeZone: OPERATOR_TIME_ZONE }),
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
    state: { rowSelection, columnVisibility: visibility, sorting: [{ id: query.sort, desc: query.dir === "desc" }] },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange,
    enableRowSelection: Boolean(bulk),
    manualSorting: true,
    enableSortingRemoval: false,
  });

  // A selected case that left the page (closed by a colleague, say) leaves the selection when the list
  // refreshes: adjusted while rendering the new rows, as React advises for state that follows a prop.
  const [selectionRows, setSelectionRows] = useState(rows);
  if (selectionRows !== rows) {
    setSelectionRows(rows);
    const shown = new Set(rows.map((row) => row.id));
    const kept = Object.keys(rowSelection).filter((id) => rowSelection[id] && shown.has(id));
    if (kept.length !== Object.keys(rowSelection).length) {
      setRowSelection(Object.fromEntries(kept.map((id) => [id, true])));
    }
  }
  const selectedIds = rows.filter((row) => rowSelection[row.id]).map((row) => row.id);

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
  const visibleCount = table.getVisibleLeafColumns().length;

  return (
    <div className="flex flex-col gap-2">
      {bulk ? (
        <BulkBar
          selectedIds={selectedIds}
          staff={bulk.staff}
          currentStaffId={bulk.currentStaffId}
          update={bulk.update}
          onDone={() => setRowSelection({})}
        />
      ) : null}
      {/* The scroller is a fallback for narrow windows; from about 1000 px the fixed layout fits without it. */}
      <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full min-w-[56rem] table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-brand-50 text-xs">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort() && isSortField(header.column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={cn("px-2 py-1.5 align-bottom font-medium", COLUMN_WIDTHS[header.column.id])}
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
                data-case-row
                data-case-number={row.original.number}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-2 py-1.5">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleCount} className="px-3 py-6 text-center text-muted">
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
