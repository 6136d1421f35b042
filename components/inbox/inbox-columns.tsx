"use client";

import { createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";

import type { TInboxRow } from "@/lib/inbox/list-cases";
import { cn } from "@/lib/utils";

/** The table's features: selection for bulk actions, sorting state only (the server sorts). */
export const inboxFeatures = tableFeatures({ rowSelectionFeature, rowSortingFeature });

const helper = createColumnHelper<typeof inboxFeatures, TInboxRow>();

/** The deadline as the lifecycle's clock sees it: overdue in red, due today, paused, or no deadline at all. */
function DueCell({ row, t, date }: { row: TInboxRow; t: TLabels["t"]; date: TLabels["date"] }) {
  if (!row.dueAt) return <span className="whitespace-nowrap text-muted">{t("inbox.clock.noTerm")}</span>;
  const mark =
    row.clock === "overdue"
      ? t("inbox.overdue")
      : row.clock === "due-today"
        ? t("inbox.clock.dueToday")
        : row.clock === "paused"
          ? t("inbox.clock.paused")
          : null;
  return (
    <span
      className={cn(
        "whitespace-nowrap",
        row.clock === "overdue" && "font-medium text-red-700",
        row.clock === "due-today" && "font-medium",
      )}
    >
      {date(row.dueAt)}
      {mark ? ` · ${mark}` : ""}
    </span>
  );
}

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
        <span className="flex flex-col items-start gap-1">
          <Link
            className="whitespace-nowrap font-medium text-brand-700 underline"
            href={`/console/cases/${encodeURIComponent(info.getValue())}`}
          >
            {info.getValue()}
          </Link>
          {info.row.original.customerNewsAt ? (
            <span className="whitespace-nowrap rounded-full bg-brand-100 px-2 text-xs font-medium text-brand-800">
              {t("inbox.news")}
            </span>
          ) : null}
        </span>
      ),
    }),
    helper.accessor("type", {
      header: t("inbox.columns.type"),
      enableSorting: false,
      cell: (info) => t(`inbox.types.${info.getValue()}`),
    }),
    helper.accessor("status", {
      header: t("inbox.columns.status"),
      enableSorting: false,
      cell: (info) => t(`caseDetail.statuses.${info.getValue()}`),
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
    helper.accessor((row) => row.region ?? "—", {
      id: "region",
      header: t("inbox.columns.region"),
      enableSorting: false,
    }),
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
      cell: (info) => <DueCell row={info.row.original} t={t} date={date} />,
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
