import type { TCsvCell } from "@/lib/csv/csv";

import type { TChartSpec } from "./chart-spec";

/** A message of the "reports" namespace (next-intl's `t`, or any function that resolves keys the same way). */
export type TReportTranslate = (key: string, values?: Record<string, string | number>) => string;

/** A report as the page and the CSV file show it: the same columns and rows, and a chart of them (not of a list). */
export type TReportTable = {
  columns: string[];
  rows: TCsvCell[][];
  chart?: TChartSpec;
  /** The columns of moments (dates and times): the CSV file names their zone in the header. */
  momentColumns?: number[];
};

export type TReportOptions = { locale: string; limit?: number };

/** Bars a chart of many lines (offices, topics, staff) shows at most; the table has them all. */
export const CHART_BARS = 15;

/** The columns "Score 1" … "Score 5". */
export function scoreColumns(t: TReportTranslate): string[] {
  return [1, 2, 3, 4, 5].map((score) => t("columns.scoreCount", { score }));
}
