import { getTranslations } from "next-intl/server";

import type { TReportTable } from "@/lib/reports/tables";

import { ReportChart } from "./report-chart";
import { ReportTable } from "./report-table";

/**
 * One report: its title and what it counts, a CSV link, the chart (a list has none) and, below it, the same
 * figures as a table.
 */
export async function ReportSection({
  id,
  table,
  csvHref,
  locale,
  isTruncated,
}: {
  id: string;
  table: TReportTable;
  csvHref: string;
  locale: string;
  isTruncated: boolean;
}) {
  const t = await getTranslations("reports");
  const title = t(`sections.${id}`);
  const headingId = `report-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-line p-4"
      data-report={id}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold text-brand-800">
          {title}
        </h2>
        <a
          href={csvHref}
          download
          aria-label={t("csvLabel", { title })}
          className="inline-flex min-h-11 items-center rounded-lg px-3 text-brand-700 underline hover:bg-brand-50"
        >
          {t("csv")}
        </a>
      </div>
      <p className="text-sm text-muted">{t(`descriptions.${id}`)}</p>
      {table.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          {table.chart ? <ReportChart spec={table.chart} label={t("chartLabel", { title })} /> : null}
          <ReportTable caption={title} columns={table.columns} rows={table.rows} locale={locale} />
          {isTruncated ? <p className="text-sm text-muted">{t("firstRows", { count: table.rows.length })}</p> : null}
        </>
      )}
    </section>
  );
}
