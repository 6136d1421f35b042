import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button, buttonVariants } from "@/components/ui/button";
import { CASE_STATUSES } from "@/lib/cases/lifecycle/statuses";
import { CasePriority, CaseType } from "@/lib/generated/prisma/enums";
import type { TFilterOptions } from "@/lib/inbox/filter-options";
import { DUE_FILTERS, PAGE_SIZES, toSearchParams, type TInboxQuery } from "@/lib/inbox/schemas";

const field = "flex flex-col gap-1 text-sm";
const control = "min-h-11 rounded-lg border border-line bg-white px-3 text-base";

/**
 * The inbox's filters as a plain GET form: submitting puts them in the URL (shareable, the back button
 * works) and needs no JavaScript. Sorting and page size ride along in hidden fields; the page starts over.
 */
export async function FilterBar({ query, options }: { query: TInboxQuery; options: TFilterOptions }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("inbox"), getTranslations(), getLocale()]);
  const select = (name: keyof TInboxQuery, label: string, items: { value: string; label: string }[]) => (
    <div className={field}>
      <label htmlFor={`inbox-${name}`}>{label}</label>
      <select id={`inbox-${name}`} name={name} defaultValue={String(query[name] ?? "")} className={control}>
        <option value="">{t("filters.any")}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    // Keyed by the filter: after back/forward or a saved view the fields are new, showing the URL's values
    // (uncontrolled fields keep what they had when only their defaultValue changes).
    <form
      key={toSearchParams({ ...query, page: 1 }).toString()}
      method="get"
      action="/console/cases"
      role="search"
      aria-label={t("filters.label")}
      className="flex flex-col gap-3"
    >
      <div className={field}>
        <label htmlFor="inbox-q">{t("filters.q")}</label>
        <input
          id="inbox-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          maxLength={200}
          className={control}
          placeholder={t("filters.qPlaceholder")}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "type",
          t("filters.type"),
          Object.values(CaseType).map((value) => ({ value, label: t(`types.${value}`) })),
        )}
        {select(
          "status",
          t("filters.status"),
          CASE_STATUSES.map((value) => ({ value, label: tAll(`caseDetail.statuses.${value}`) })),
        )}
        {select(
          "priority",
          t("filters.priority"),
          Object.values(CasePriority).map((value) => ({ value, label: t(`priorities.${value}`) })),
        )}
        {select(
          "due",
          t("filters.due"),
          DUE_FILTERS.map((value) => ({ value, label: t(`dueFilters.${value}`) })),
        )}
        {select(
          "topic",
          t("filters.topic"),
          options.topics.map((topic) => ({ value: topic.id, label: locale === "en" ? topic.nameEn : topic.nameRu })),
        )}
        {select(
          "region",
          t("filters.region"),
          options.regions.map((region) => ({ value: region, label: region })),
        )}
        {options.offices ? (
          select(
            "office",
            t("filters.office"),
            options.offices.map((office) => ({ value: office.postcode, label: `${office.postcode} ${office.name}` })),
          )
        ) : (
          <div className={field}>
            <label htmlFor="inbox-office">{t("filters.office")}</label>
            <input
              id="inbox-office"
              name="office"
              defaultValue={query.office ?? ""}
              inputMode="numeric"
              pattern="\d{6}"
              maxLength={6}
              placeholder="101000"
              className={control}
            />
          </div>
        )}
        {select("assignee", t("filters.assignee"), [
          { value: "mine", label: t("filters.mine") },
          { value: "unassigned", label: t("filters.unassigned") },
          ...options.staff.map((staff) => ({ value: staff.id, label: staff.name })),
        ])}
        <div className={field}>
          <label htmlFor="inbox-from">{t("filters.from")}</label>
          <input id="inbox-from" type="date" name="from" defaultValue={query.from ?? ""} className={control} />
        </div>
        <div className={field}>
          <label htmlFor="inbox-to">{t("filters.to")}</label>
          <input id="inbox-to" type="date" name="to" defaultValue={query.to ?? ""} className={control} />
        </div>
        {select(
          "pageSize",
          t("filters.pageSize"),
          PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) })),
        )}
        <label className="flex min-h-11 items-center gap-2 self-end text-sm">
          <input type="checkbox" name="news" value="1" defaultChecked={query.news === "1"} className="size-5" />
          {t("filters.news")}
        </label>
      </div>
      <input type="hidden" name="sort" defaultValue={query.sort} />
      <input type="hidden" name="dir" defaultValue={query.dir} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/console/cases" className={buttonVariants({ variant: "secondary" })}>
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
