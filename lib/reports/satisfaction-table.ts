import "server-only";

import { satisfactionBy, type TSatisfactionRow } from "./satisfaction";
import type { TReportQuery, TSatisfactionDimension } from "./schemas";
import type { TReportViewer } from "./scope";
import { CHART_BARS, scoreColumns, type TReportOptions, type TReportTable, type TReportTranslate } from "./table-types";

/** Satisfaction after the answer by one dimension: who or what, how many ratings, the mean, each score's count. */
export async function satisfactionTable(
  dimension: TSatisfactionDimension,
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
  options: TReportOptions,
): Promise<TReportTable> {
  const rows = await satisfactionBy(dimension, query, user, { limit: options.limit });
  const none = t(
    dimension === "topic" ? "values.noTopic" : dimension === "operator" ? "values.notRecorded" : "values.none",
  );
  const name = (row: TSatisfactionRow) => (options.locale === "en" ? row.labelEn : row.labelRu) ?? none;
  const figures = (row: TSatisfactionRow) => [row.count, row.mean, ...row.scores];
  const tail = [t("columns.ratings"), t("columns.mean"), ...scoreColumns(t)];
  const isWeek = dimension === "week";
  const chart = {
    data: (isWeek ? rows : rows.slice(0, CHART_BARS)).map((row) => ({
      label: isWeek ? (row.key ?? none) : name(row),
      mean: row.mean,
    })),
    series: [{ key: "mean", name: t("series.mean") }],
    isTimeline: isWeek,
  };
  switch (dimension) {
    case "office":
      return {
        columns: [t("columns.postcode"), t("columns.office"), ...tail],
        rows: rows.map((row) => [row.key ?? none, row.labelRu, ...figures(row)]),
        chart,
      };
    case "week":
      return {
        columns: [t("columns.week"), t("columns.weekStart"), ...tail],
        rows: rows.map((row) => [row.key, row.labelRu, ...figures(row)]),
        chart,
      };
    default:
      return {
        columns: [t(`columns.${dimension}`), ...tail],
        rows: rows.map((row) => [name(row), ...figures(row)]),
        chart,
      };
  }
}
