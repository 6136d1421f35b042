"use client";

import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import Link from "next/link";

import type { TInboxRow } from "@/lib/inbox/list-cases";
import { cn } from "@/lib/utils";

/** The table's features: selection for bulk actions, sorting state only (the server sorts), hiding columns. */
export const inboxFeatures = tableFeatures({ rowSelectionFeature, rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof inboxFeatures, TInboxRow>();

/**
 * Widths of the columns whose content has a known size; the others share what is left. The table is laid out
 * fixed, so a long topic or address is cut (its full text in the cell's title) instead of widening the table.
 */
export const COLUMN_WIDTHS: Record<string, string> = {
  select: "w-10",
  number: "w-30",
  status: "w-38",
  priority: "w-22",
  createdAt: "w-24",
  dueAt: "w-24",
};

type TLabels = {
  t: (key: string) => string;
  date: (value: Date) => string;
  time: (value: Date) => string;
  locale: string;
  isSelectable: boolean;
};

/** A text cut to its cell (two lines at most), the whole of it in the tooltip. */
function Clipped({ text, lines = 1 }: { text: string; lines?: 1 | 2 }) {
  return (
    <span title={text} className={cn("block break-words", lines === 1 ? "truncate" : "line-clamp-2")}>
      {text}
    </span>
  );
}

/** A moment as date over time, so the column stays narrow. */
function When({ value, labels, className }: { value: Date; labels: TLabels; className?: string }) {
  return (
    <span className={cn("block whitespace-nowrap", className)}>
      {labels.date(value)}
      <span className="block text-xs text-muted">{labels.time(value)}</span>
    </span>
  );
}

/** The deadline as the lifecycle's clock sees it: overdue in red, due today, paused, or no deadline at all. */
function DueCell({ row, labels }: { row: TInboxRow; labels: TLabels }) {
  const { t } = labels;
  if (!row.dueAt) return <span className="text-muted">{t("inbox.clock.noTerm")}</span>;
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
        "block whitespace-nowrap",
        row.clock === "overdue" && "font-medium text-red-700",
        row.clock === "due-today" && "font-medium",
      )}
    >
      {labels.date(row.dueAt)}
      <span className="block truncate text-xs" title={mark ?? undefined}>
        {mark ?? labels.time(row.dueAt)}
      </span>
    </span>
  );
}

/** The number links to the case; the case's type and the customer's news ride under it. */
function NumberCell({ row, t }: { row: TInboxRow; t: TLabels["t"] }) {
  return (
    <span className="block">
      <Link
        className="whitespace-nowrap font-medium text-brand-700 underline"
        href={`/console/cases/${encodeURIComponent(row.number)}`}
      >
        {row.number}
      </Link>
      <span className="flex items-center gap-1.5 text-xs text-muted">
        {t(`inbox.types.${row.type}`)}
        {row.customerNewsAt ? (
          <span className="whitespace-nowrap rounded-full bg-brand-100 px-1.5 font-medium text-brand-800">
            <span aria-hidden="true">{t("inbox.newsShort")}</span>
            <span className="sr-only">{t("inbox.news")}</span>
          </span>
        ) : null}
      </span>
    </span>
  );
}

/** Column ids match the server's sort fields where the column can be sorted, and lib/inbox/columns.ts. */
export function inboxColumns(labels: TLabels) {
  const { t, locale, isSelectable } = labels;
  const text = (value: string, lines?: 1 | 2) => <Clipped text={value} lines={lines} />;
  const columns = helper.columns([
    helper.accessor("number", {
      header: t("inbox.columns.number"),
      enableHiding: false,
      cell: (info) => <NumberCell row={info.row.original} t={t} />,
    }),
    helper.accessor((row) => t(`enums.CaseStatus.${row.status}`), {
      id: "status",
      header: t("inbox.columns.status"),
      enableSorting: false,
      cell: (info) => text(info.getValue(), 2),
    }),
    helper.accessor((row) => t(`enums.CasePriority.${row.priority}`), {
      id: "priority",
      header: t("inbox.columns.priority"),
      enableSorting: false,
      cell: (info) => (
        <span className={cn(info.row.original.priority === "URGENT" && "font-medium text-red-700")}>
          {text(info.getValue())}
        </span>
      ),
    }),
    helper.accessor((row) => (row.topic ? (locale === "en" ? row.topic.en : row.topic.ru) : "—"), {
      id: "topic",
      header: t("inbox.columns.topic"),
      enableSorting: false,
      cell: (info) => text(info.getValue(), 2),
    }),
    helper.accessor("applicantName", {
      id: "applicant",
      header: t("inbox.columns.applicant"),
      enableSorting: false,
      cell: (info) => text(info.getValue(), 2),
    }),
    helper.accessor((row) => (row.office ? `${row.office.postcode} ${row.office.name}` : "—"), {
      id: "office",
      header: t("inbox.columns.office"),
      enableSorting: false,
      cell: (info) => (
        <>
          <Clipped text={info.getValue()} />
          {info.row.original.region ? (
            <span className="block text-xs text-muted">
              <Clipped text={info.row.original.region} />
            </span>
          ) : null}
        </>
      ),
    }),
    helper.accessor((row) => row.assigneeName ?? t("inbox.filters.unassigned"), {
      id: "assignee",
      header: t("inbox.columns.assignee"),
      enableSorting: false,
      cell: (info) => text(info.getValue(), 2),
    }),
    helper.accessor("createdAt", {
      header: t("inbox.columns.createdAt"),
      cell: (info) => <When value={info.getValue()} labels={labels} />,
    }),
    helper.accessor("dueAt", {
      header: t("inbox.columns.dueAt"),
      cell: (info) => <DueCell row={info.row.original} labels={labels} />,
    }),
  ]);
  if (!isSelectable) return columns;
  return [
    helper.display({
      id: "select",
      enableHiding: false,
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
