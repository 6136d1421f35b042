import "server-only";

import { answerTimes } from "./answer-times";
import type { TChartSpec } from "./chart-spec";
import { onTimeTable, outcomesTable, overdueTable } from "./clock-tables";
import { answerRatings, officeRatings } from "./ratings";
import { satisfactionTable } from "./satisfaction-table";
import { SATISFACTION_REPORTS, type TReportName, type TReportQuery } from "./schemas";
import type { TReportViewer } from "./scope";
import { CHART_BARS, scoreColumns, type TReportOptions, type TReportTable, type TReportTranslate } from "./table-types";
import { volumesBy } from "./volumes";

export type { TReportOptions, TReportTable, TReportTranslate } from "./table-types";

async function volumeTable(
  name: Extract<TReportName, "topic" | "region" | "office" | "channel" | "week">,
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
  options: TReportOptions,
): Promise<TReportTable> {
  const rows = await volumesBy(name, query, user, { limit: options.limit });
  const none = t(name === "topic" ? "values.noTopic" : "values.none");
  const label = (row: (typeof rows)[number]) => {
    if (name === "channel") return t(`channels.${row.key}`);
    if (name === "week") return row.key ?? none;
    return (options.locale === "en" ? row.labelEn : row.labelRu) ?? row.key ?? none;
  };
  const count = t("columns.cases");
  const chart: TChartSpec = {
    data: rows
      .slice(0, name === "week" ? undefined : CHART_BARS)
      .map((row) => ({ label: label(row), count: row.count })),
    series: [{ key: "count", name: t("series.cases") }],
    isWhole: true,
    isTimeline: name === "week",
  };
  switch (name) {
    case "office":
      return {
        columns: [t("columns.postcode"), t("columns.office"), count],
        rows: rows.map((row) => [row.key ?? none, row.labelRu, row.count]),
        chart,
      };
    case "week":
      return {
        columns: [t("columns.week"), t("columns.weekStart"), count],
        rows: rows.map((row) => [row.key, row.labelRu, row.count]),
        chart,
      };
    default:
      return { columns: [t(`columns.${name}`), count], rows: rows.map((row) => [label(row), row.count]), chart };
  }
}

/** Builds one report's table and chart, in the user's language. */
export async function reportTable(
  name: TReportName,
  query: TReportQuery,
  user: TReportViewer,
  t: TReportTranslate,
  options: TReportOptions,
): Promise<TReportTable> {
  const typeName = (type: string | null) => (type ? t(`types.${type}`) : t("values.allTypes"));
  switch (name) {
    case "topic":
    case "region":
    case "office":
    case "channel":
    case "week":
      return volumeTable(name, query, user, t, options);
    case "on-time":
      return onTimeTable(query, user, t);
    case "outcomes":
      return outcomesTable(query, user, t);
    case "overdue":
      return overdueTable(query, user, t, options);
    case "satisfaction-operator":
    case "satisfaction-office":
    case "satisfaction-topic":
    case "satisfaction-week":
      return satisfactionTable(SATISFACTION_REPORTS[name], query, user, t, options);
    case "answer-times": {
      const rows = await answerTimes(query, user);
      return {
        columns: [
          "type",
          "firstReplyCount",
          "firstReplyMedian",
          "firstReplyP90",
          "answerCount",
          "answerMedian",
          "answerP90",
        ].map((key) => t(`columns.${key}`)),
        rows: rows.map((row) => [
          typeName(row.type),
          row.firstReply.count,
          row.firstReply.median,
          row.firstReply.p90,
          row.answer.count,
          row.answer.median,
          row.answer.p90,
        ]),
        chart: {
          data: rows.map((row) => ({
            label: typeName(row.type),
            firstReply: row.firstReply.median,
            answer: row.answer.median,
          })),
          series: [
            { key: "firstReply", name: t("series.firstReplyMedian") },
            { key: "answer", name: t("series.answerMedian") },
          ],
        },
      };
    }
    case "answer-ratings": {
      const ratings = await answerRatings(query, user);
      return {
        columns: [t("columns.score"), t("columns.ratings")],
        rows: [
          ...ratings.distribution.map((row) => [row.score, row.count]),
          [t("values.total"), ratings.count],
          [t("columns.mean"), ratings.mean],
        ],
        chart: {
          data: ratings.distribution.map((row) => ({ label: String(row.score), count: row.count })),
          series: [{ key: "count", name: t("series.ratings") }],
          isWhole: true,
        },
      };
    }
    case "office-ratings": {
      const rows = await officeRatings(query, user, { limit: options.limit });
      const none = t("values.none");
      return {
        columns: [
          t("columns.postcode"),
          t("columns.office"),
          t("columns.region"),
          t("columns.ratings"),
          t("columns.mean"),
          ...scoreColumns(t),
        ],
        rows: rows.map((row) => [row.postcode ?? none, row.name, row.region, row.count, row.mean, ...row.scores]),
        chart: {
          data: rows.slice(0, CHART_BARS).map((row) => ({ label: row.postcode ?? none, mean: row.mean })),
          series: [{ key: "mean", name: t("series.mean") }],
        },
      };
    }
  }
}
