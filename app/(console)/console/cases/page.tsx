import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { FilterBar } from "@/components/inbox/filter-bar";
import { InboxPagination } from "@/components/inbox/inbox-pagination";
import { InboxTable } from "@/components/inbox/inbox-table";
import { SavedViews } from "@/components/inbox/saved-views";
import { staffPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { loadFilterOptions } from "@/lib/inbox/filter-options";
import { listCases } from "@/lib/inbox/list-cases";
import { listSavedViews } from "@/lib/inbox/saved-views";
import { parseInboxQuery, toSearchParams } from "@/lib/inbox/schemas";

import { bulkUpdateCasesAction, deleteViewAction, saveViewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage({ searchParams }: PageProps<"/console/cases">) {
  const user = await staffPage("/console/cases", "case.read");
  const query = parseInboxQuery(await searchParams);
  const [t, result, options, views] = await Promise.all([
    getTranslations("inbox"),
    listCases(query, user),
    loadFilterOptions(user),
    listSavedViews(user),
  ]);
  const canBulk = can(user, "case.work");
  const filterKey = toSearchParams({ ...query, page: 1 }).toString();
  const exportHref = `/console/cases/export?${filterKey}`;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <FilterBar query={query} options={options} />
      <SavedViews views={views} currentQuery={filterKey} save={saveViewAction} remove={deleteViewAction} />
      {result.isSearchTruncated ? <p className="text-sm text-muted">{t("searchTruncated")}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={exportHref}
          className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 hover:bg-brand-50"
          download
        >
          {t("export")}
        </a>
      </div>
      <InboxTable
        key={toSearchParams(query).toString()}
        rows={result.rows}
        query={query}
        caption={t("caption")}
        bulk={canBulk ? { staff: options.staff, currentStaffId: user.id, update: bulkUpdateCasesAction } : undefined}
      />
      <InboxPagination query={query} result={result} />
    </div>
  );
}
