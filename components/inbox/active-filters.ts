import "server-only";

import { formatDate } from "@/lib/i18n/format-date";
import type { TFilterOptions } from "@/lib/inbox/filter-options";
import type { TInboxQuery } from "@/lib/inbox/schemas";
import { dayStart } from "@/lib/time/operator-day";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

type TTranslate = (key: string, values?: Record<string, string>) => string;

/**
 * The filters in force, in words («Вид: Розыск», «Срок: Просрочено»), for the folded panel's one-line summary.
 * The search is left out: its box is always in view.
 */
export function activeFilters(query: TInboxQuery, options: TFilterOptions, t: TTranslate, locale: string): string[] {
  const item = (label: string, value: string) => t("inbox.filters.summaryItem", { label, value });
  // A day of the date filters, as the page's language writes it, in the operator's zone where the filter reads it.
  const day = (iso: string) => formatDate(dayStart(iso), locale, { dateStyle: "short", timeZone: OPERATOR_TIME_ZONE });
  const staffName = (id: string) => options.staff.find((person) => person.id === id)?.name ?? id;
  const topic = options.topics.find((candidate) => candidate.id === query.topic);
  const office = options.offices?.find((candidate) => candidate.postcode === query.office);
  const words: (string | null)[] = [
    query.type ? item(t("inbox.filters.type"), t(`inbox.types.${query.type}`)) : null,
    query.status ? item(t("inbox.filters.status"), t(`enums.CaseStatus.${query.status}`)) : null,
    query.state ? t("inbox.filters.state") : null,
    query.priority ? item(t("inbox.filters.priority"), t(`enums.CasePriority.${query.priority}`)) : null,
    query.due ? item(t("inbox.filters.due"), t(`inbox.dueFilters.${query.due}`)) : null,
    query.topic ? item(t("inbox.filters.topic"), topic ? (locale === "en" ? topic.nameEn : topic.nameRu) : "—") : null,
    query.region ? item(t("inbox.filters.region"), query.region) : null,
    query.office ? item(t("inbox.filters.office"), office ? `${office.postcode} ${office.name}` : query.office) : null,
    query.head ? t("inbox.filters.head") : null,
    query.assignee
      ? item(
          t("inbox.filters.assignee"),
          query.assignee === "mine"
            ? t("inbox.filters.mine")
            : query.assignee === "unassigned"
              ? t("inbox.filters.unassigned")
              : staffName(query.assignee),
        )
      : null,
    query.news ? t("inbox.filters.news") : null,
    query.from ? item(t("inbox.filters.from"), day(query.from)) : null,
    query.to ? item(t("inbox.filters.to"), day(query.to)) : null,
  ];
  return words.filter((word): word is string => word !== null);
}
