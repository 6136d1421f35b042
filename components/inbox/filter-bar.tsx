import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { Button, buttonVariants } from "@/components/ui/button";
import type { TFilterOptions } from "@/lib/inbox/filter-options";
import { toSearchParams, type TInboxQuery } from "@/lib/inbox/schemas";

import { activeFilters } from "./active-filters";
import { FILTER_CONTROL, FilterFields } from "./filter-fields";

const FORM_ID = "inbox-filters";
/** Button's sizes keep its 44 px base; these match the compact search box beside them. */
const COMPACT_BUTTON = "min-h-9! px-3! text-sm!";

/**
 * The inbox's filters as a plain GET form: submitting puts them in the URL (shareable, the back button works)
 * and needs no JavaScript. The search box is always in view; the other filters and the saved views fold into
 * one panel whose summary names the filters in force on one line, so the list starts high on the screen.
 * Sorting, page size and an office head's view ride along; the page starts over.
 */
export async function FilterBar({
  query,
  options,
  savedViews,
}: {
  query: TInboxQuery;
  options: TFilterOptions;
  /** The saved views' list and form, folded with the filters. */
  savedViews: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const active = activeFilters(query, options, t, locale);

  return (
    // Keyed by the filter: after back/forward or a saved view the fields are new, showing the URL's values
    // (uncontrolled fields keep what they had when only their defaultValue changes).
    <div
      key={toSearchParams({ ...query, page: 1 }).toString()}
      role="search"
      aria-label={t("inbox.filters.label")}
      className="flex flex-col gap-2"
    >
      <form id={FORM_ID} method="get" action="/console/cases" className="flex flex-wrap items-center gap-2">
        <label htmlFor="inbox-q" className="text-sm font-medium">
          {t("inbox.filters.q")}
        </label>
        <input
          id="inbox-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={200}
          className={`${FILTER_CONTROL} min-w-48 flex-1 sm:w-auto`}
          placeholder={t("inbox.filters.qPlaceholder")}
          data-shortcut="search"
        />
        <input type="hidden" name="sort" defaultValue={query.sort} />
        <input type="hidden" name="dir" defaultValue={query.dir} />
        {query.head ? <input type="hidden" name="head" defaultValue={query.head} /> : null}
        <Button type="submit" className={COMPACT_BUTTON}>
          {t("inbox.filters.apply")}
        </Button>
        <Link href="/console/cases" className={buttonVariants({ variant: "secondary", className: COMPACT_BUTTON })}>
          {t("inbox.filters.reset")}
        </Link>
      </form>
      <details className="group rounded-lg border border-line">
        <summary className="flex min-h-9 cursor-pointer list-none items-center gap-2 px-3 text-sm [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="transition-transform group-open:rotate-90">
            ▸
          </span>
          <span className="font-medium">{t("inbox.filters.panel")}</span>
          <span className="min-w-0 flex-1 truncate text-muted" data-testid="active-filters">
            {active.length > 0 ? active.join(" · ") : t("inbox.filters.none")}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-line p-3">
          <FilterFields form={FORM_ID} query={query} options={options} />
          {savedViews}
        </div>
      </details>
    </div>
  );
}
