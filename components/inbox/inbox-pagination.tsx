import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { TInboxPage } from "@/lib/inbox/list-cases";
import { toSearchParams, type TInboxQuery } from "@/lib/inbox/schemas";

const linkClass = "inline-flex min-h-11 items-center rounded-lg border border-line px-4 hover:bg-brand-50";

/** "Shown 26–50 of 312" and links to the previous and next page, which change only the URL's page. */
export async function InboxPagination({ query, result }: { query: TInboxQuery; result: TInboxPage }) {
  const t = await getTranslations("inbox");
  const href = (page: number) => `/console/cases?${toSearchParams({ ...query, page })}`;
  const first = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.total, (result.page - 1) * result.pageSize + result.rows.length);
  return (
    <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-3">
      <p className="text-sm text-muted" data-testid="inbox-range">
        {result.isTotalCapped
          ? t("pagination.rangeCapped", { first, last, total: result.total })
          : t("pagination.range", { first, last, total: result.total })}
      </p>
      <div className="ml-auto flex gap-2">
        {result.page > 1 ? (
          <Link className={linkClass} href={href(result.page - 1)} rel="prev">
            {t("pagination.previous")}
          </Link>
        ) : null}
        {result.page < result.pageCount ? (
          <Link className={linkClass} href={href(result.page + 1)} rel="next">
            {t("pagination.next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
