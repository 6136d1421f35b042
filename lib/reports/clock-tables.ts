import "server-only";

import { onTimeShare } from "./on-time";
import { outcomeCounts } from "./outcomes";
import { overdueCases } from "./overdue";
import type { TReportQuery } from "./schemas";
import type { TReportViewer } from "./scope";
import type { TReportOptions, TReportTable, TReportTranslate } from "./table-types";

const DAY_MS = 86_400_000;

/** Answers on time by type with a legal term, their total, and queue reports against the service target. */
export async function onTimeTable(
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
): Promise<TReportTable> {
  const rows = await onTimeShare(query, user);
  const line = (type: string | null) =>
    type === null ? t("values.legalTotal") : type === "QUEUE_REPORT" ? t("values.queueTarget") : t(`types.${type}`);
  return {
    columns: ["type", "onTime", "late", "pending", "closedUnanswered", "share"].map((key) => t(`columns.${key}`)),
    rows: rows.map((row) => [line(row.type), row.onTime, row.late, row.pending, row.closedUnanswered, row.share]),
    chart: {
      data: rows.map((row) => ({ label: line(row.type), share: row.share })),
      series: [{ key: "share", name: t("series.share") }],
    },
  };
}

/** Forwarded (and within 7 days), left without an answer, correspondence ended: per type and in all. */
export async function outcomesTable(
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
): Promise<TReportTable> {
  const rows = await outcomeCounts(query, user);
  const line = (type: string | null) => (type ? t(`types.${type}`) : t("values.total"));
  return {
    columns: ["type", "forwarded", "forwardedInTime", "leftUnanswered", "correspondenceEnded"].map((key) =>
      t(`columns.${key}`),
    ),
    rows: rows.map((row) => [
      line(row.type),
      row.forwarded,
      row.forwardedInTime,
      row.leftUnanswered,
      row.correspondenceEnded,
    ]),
    chart: {
      data: rows.map((row) => ({
        label: line(row.type),
        forwarded: row.forwarded,
        leftUnanswered: row.leftUnanswered,
        correspondenceEnded: row.correspondenceEnded,
      })),
      series: [
        { key: "forwarded", name: t("columns.forwarded") },
        { key: "leftUnanswered", name: t("columns.leftUnanswered") },
        { key: "correspondenceEnded", name: t("columns.correspondenceEnded") },
      ],
      isWhole: true,
    },
  };
}

/** The overdue list: a list of cases, so no chart. */
export async function overdueTable(
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
  options: TReportOptions,
): Promise<TReportTable> {
  const rows = await overdueCases(query, user, { limit: options.limit });
  const none = t("values.none");
  return {
    columns: ["number", "type", "postcode", "office", "assignee", "dueAt", "daysOverdue"].map((key) =>
      t(`columns.${key}`),
    ),
    rows: rows.map((row) => [
      row.number,
      t(`types.${row.type}`),
      row.postcode ?? none,
      row.office,
      row.assignee ?? t("values.unassigned"),
      row.dueAt,
      Math.floor((query.now.getTime() - row.dueAt.getTime()) / DAY_MS),
    ]),
    momentColumns: [5],
  };
}
