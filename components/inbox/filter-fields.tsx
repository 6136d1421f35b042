import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";

import { CASE_STATUSES } from "@/lib/cases/lifecycle/statuses";
import { CasePriority, CaseType } from "@/lib/generated/prisma/enums";
import type { TFilterOptions } from "@/lib/inbox/filter-options";
import { DUE_FILTERS, PAGE_SIZES, type TInboxQuery } from "@/lib/inbox/schemas";

const field = "flex min-w-0 flex-col gap-0.5 text-sm";
export const FILTER_CONTROL = "min-h-9 w-full rounded-md border border-line bg-white px-2 text-sm";

/**
 * The inbox's filters but the search, as fields of the filter form (`form`): they sit in the folding panel,
 * outside the form element, beside the saved views' own form.
 */
export async function FilterFields({
  form,
  query,
  options,
}: {
  form: string;
  query: TInboxQuery;
  options: TFilterOptions;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const select = (name: keyof TInboxQuery, label: string, items: { value: string; label: string }[]) => (
    <div className={field}>
      <label htmlFor={`inbox-${name}`}>{label}</label>
      <select
        id={`inbox-${name}`}
        form={form}
        name={name}
        defaultValue={String(query[name] ?? "")}
        className={FILTER_CONTROL}
      >
        <option value="">{t("inbox.filters.any")}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );
  const input = (name: "office" | "from" | "to", label: string, props: ComponentProps<"input">) => (
    <div className={field}>
      <label htmlFor={`inbox-${name}`}>{label}</label>
      <input
        id={`inbox-${name}`}
        form={form}
        name={name}
        defaultValue={query[name] ?? ""}
        className={FILTER_CONTROL}
        {...props}
      />
    </div>
  );
  const check = (name: "state" | "news", value: string, label: string) => (
    <label className="flex min-h-9 items-center gap-2 self-end text-sm">
      <input
        type="checkbox"
        form={form}
        name={name}
        value={value}
        defaultChecked={query[name] === value}
        className="size-5"
      />
      {label}
    </label>
  );

  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      {select(
        "type",
        t("inbox.filters.type"),
        Object.values(CaseType).map((value) => ({ value, label: t(`inbox.types.${value}`) })),
      )}
      {select(
        "status",
        t("inbox.filters.status"),
        CASE_STATUSES.map((value) => ({ value, label: t(`enums.CaseStatus.${value}`) })),
      )}
      {select(
        "priority",
        t("inbox.filters.priority"),
        Object.values(CasePriority).map((value) => ({ value, label: t(`enums.CasePriority.${value}`) })),
      )}
      {select(
        "due",
        t("inbox.filters.due"),
        DUE_FILTERS.map((value) => ({ value, label: t(`inbox.dueFilters.${value}`) })),
      )}
      {select(
        "topic",
        t("inbox.filters.topic"),
        options.topics.map((topic) => ({ value: topic.id, label: locale === "en" ? topic.nameEn : topic.nameRu })),
      )}
      {select(
        "region",
        t("inbox.filters.region"),
        options.regions.map((region) => ({ value: region, label: region })),
      )}
      {options.offices
        ? select(
            "office",
            t("inbox.filters.office"),
            options.offices.map((office) => ({ value: office.postcode, label: `${office.postcode} ${office.name}` })),
          )
        : input("office", t("inbox.filters.office"), {
            inputMode: "numeric",
            pattern: "\\d{6}",
            maxLength: 6,
            placeholder: "101000",
          })}
      {select("assignee", t("inbox.filters.assignee"), [
        { value: "mine", label: t("inbox.filters.mine") },
        { value: "unassigned", label: t("inbox.filters.unassigned") },
        ...options.staff.map((staff) => ({ value: staff.id, label: staff.name })),
      ])}
      {input("from", t("inbox.filters.from"), { type: "date" })}
      {input("to", t("inbox.filters.to"), { type: "date" })}
      {select(
        "pageSize",
        t("inbox.filters.pageSize"),
        PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) })),
      )}
      {check("state", "open", t("inbox.filters.state"))}
      {check("news", "1", t("inbox.filters.news"))}
    </div>
  );
}
