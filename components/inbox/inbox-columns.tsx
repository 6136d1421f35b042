"use client";

import { createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";

import type { TInboxRow } from "@/lib/inbox/list-cases";

/** The table's features: selection for bulk actions, sorting state only (the server sorts). */
export const inboxFeatures = tableFeatures({ rowSelectionFeature, rowSortingFeature });

const helper = createColumnHelper<typeof inboxFeatures, TInboxRow>();

type TLabels = {
  t: (key: string) => string;
  date: (value: Date) => string;
  locale: string;
  isSelectable: boolean;
};

/** Column ids match the server's sort fields where the column can be sorted. */
export function inboxColumns({ t, date, locale, isSelectable }: TLabels) {
  const columns = helper.columns([
    helper.accessor("number", {
      header: t("inbox.columns.number"),
      cell: (info) => (
        <Link className="whitespace-nowrap font-medium text-brand-700 underline" href={`/console/cases/${encodeURIComponent(info.getValue())}`}>
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("type", { header: t("inbox.columns.type"), enableSorting: false, cell: (info) => t(`inbox.types.${info.getValue()}`) }),
    helper.accessor("status", {
      header: t("inbox.columns.status"),
      enableSorting: false,
      cell: (info) => t(`statusPage.statuses.${info.getValue()}`),
    }),
    helper.accessor("priority", {
      header: t("inbox.columns.priority"),
      enableSorting: false,
      cell: (info) => t(`inbox.priorities.${info.getValue()}`),
    }),
    helper.accessor((row) => (row.topic ? (locale === "en" ? row.topic.en : row.topic.ru) : "—"), {
      id: "topic",
      header: t("inbox.columns.topic"),
      enableSorting: false,
    }),
    helper.accessor("applicantName", { header: t("inbox.columns.applicant"), enableSorting: false }),
    helper.accessor((row) => (row.office ? `${row.office.postcode} ${row.office.name}` : "—"), {
      id: "office",
      header: t("inbox.columns.office"),
      enableSorting: false,
    }),
    helper.accessor((row) => row.region ?? "—", { id: "region", header: t("inbox.columns.region"), enableSorting: false }),
    helper.accessor((row) => row.assigneeName ?? t("inbox.filters.unassigned"), {
      id: "assignee",
      header: t("inbox.columns.assignee"),
      enableSorting: false,
    }),
    helper.accessor("createdAt", {
      header: t("inbox.columns.createdAt"),
      cell: (info) => <span className="whitespace-nowrap">{date(info.getValue())}</span>,
    }),
    helper.accessor("dueAt", {
      header: t("inbox.columns.dueAt"),
      cell: (info) =>
        info.row.original.isOverdue ? (
          <span className="whitespace-nowrap font-medium text-red-700">
            {date(info.getValue())} · {t("inbox.overdue")}
          </span>
        ) : (
          <span className="whitespace-nowrap">{date(info.getValue())}</span>
        ),
    }),
  ]);
  if (!isSelectable) return columns;
  return [
    helper.display({
      id: "select",
      header: ({ table }) => (
        <input
          type="checkbox"
          className="size-5"
          aria-label={t("inbox.selectAll")}
          checked={table.getIsAllPageRowsSelected()}
          ref={(input) => {
            if (input) input.indeterminate = table.getIsSomePageRowsSelected();
          }}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="size-5"
          aria-label={`${t("inbox.selectRow")} ${row.original.number}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    ...columns,
  ];
}
