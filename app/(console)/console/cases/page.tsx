import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LiveRefresh } from "@/components/console/live-refresh";
import { ColumnMenu } from "@/components/inbox/column-menu";
import { InboxColumnsProvider } from "@/components/inbox/column-visibility";
import { FilterBar } from "@/components/inbox/filter-bar";
import { InboxPagination } from "@/components/inbox/inbox-pagination";
import { InboxTable } from "@/components/inbox/inbox-table";
import { SavedViews } from "@/components/inbox/saved-views";
import { staffPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { loadFilterOptions } from "@/lib/inbox/filter-options";
import { loadHiddenColumns } from "@/lib/inbox/hidden-columns";
import { listCases } from "@/lib/inbox/list-cases";
import { rowsStamp } from "@/lib/inbox/live-stamp";
import { listSavedViews } from "@/lib/inbox/saved-views";
import { parseInboxQuery, toSearchParams } from "@/lib/inbox/schemas";

import { bulkUpdateCasesAction, deleteViewAction, hideInboxColumnsAction, saveViewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage({ searchParams }: PageProps<"/console/cases">) {
  const user = await staffPage("/console/cases", "case.read");
  const query = parseInboxQuery(await searchParams);
  const [t, result, options, views, hiddenColumns] = await Promise.all([
    getTranslations("inbox"),
    listCases(query, user),
    loadFilterOptions(user),
    listSavedViews(user),
    loadHiddenColumns(user),
  ]);
  const canBulk = can(user, "case.work");
  const filterKey = toSearchParams({ ...query, page: 1 }).toString();
  const listQuery = toSearchParams(query).toString();

  return (
    <InboxColumnsProvider hidden={hiddenColumns} save={hideInboxColumnsAction}>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">
            {t(result.isTotalCapped ? "pagination.rangeCapped" : "pagination.range", {
              first: result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1,
              last: Math.min(result.total, (result.page - 1) * result.pageSize + result.rows.length),
              total: result.total,
            })}
          </p>
          <div className="ml-auto flex items-center gap-4">
            <a
              href={`/console/cases/export?${filterKey}`}
              className="text-sm text-brand-700 underline hover:text-brand-800"
              download
            >
              {t("export")}
            </a>
            <ColumnMenu />
          </div>
        </div>
        <FilterBar
          query={query}
          options={options}
          savedViews={
            <SavedViews views={views} currentQuery={filterKey} save={saveViewAction} remove={deleteViewAction} />
          }
        />
        <InboxTable
          key={listQuery}
          rows={result.rows}
          query={query}
          caption={t("caption")}
          bulk={canBulk ? { staff: options.staff, currentStaffId: user.id, update: bulkUpdateCasesAction } : undefined}
        />
        <InboxPagination query={query} result={result} />
        <LiveRefresh listQuery={listQuery} rows={rowsStamp(result)} />
      </div>
    </InboxColumnsProvider>
  );
}
