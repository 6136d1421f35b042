import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { ReportFilter } from "@/components/reports/report-filter";
import { ReportSection } from "@/components/reports/report-section";
import { staffPage } from "@/lib/auth/page-guards";
import { officeScope } from "@/lib/auth/permissions";
import { formatDayRange } from "@/lib/i18n/format-date";
import { parseReportQuery, REPORTS, reportSearchParams } from "@/lib/reports/schemas";
import { reportTable } from "@/lib/reports/tables";

/** Rows a table shows on the page; the CSV has them all. */
const PAGE_ROWS = 100;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage({ searchParams }: PageProps<"/console/reports">) {
  const user = await staffPage("/console/reports", "report.view");
  const query = parseReportQuery(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const tables = await Promise.all(
    REPORTS.map((name) => reportTable(name, query, user, t, { locale, limit: PAGE_ROWS + 1 })),
  );
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-brand-800">{t("title")}</h1>
        <p className="text-lg text-muted">{t("lead")}</p>
        {officeScope(user) ? <p className="text-muted">{t("scopeNote")}</p> : null}
      </header>
      <ReportFilter query={query} />
      <p className="font-medium">{t("period", { range: formatDayRange(query.from, query.to, locale) })}</p>
      {REPORTS.map((name, index) => {
        const table = tables[index];
        const isTruncated = table.rows.length > PAGE_ROWS;
        return (
          <ReportSection
            key={name}
            id={name}
            table={isTruncated ? { ...table, rows: table.rows.slice(0, PAGE_ROWS) } : table}
            csvHref={`/console/reports/export?${reportSearchParams(query, { report: name })}`}
            locale={locale}
            isTruncated={isTruncated}
          />
        );
      })}
    </article>
  );
}
