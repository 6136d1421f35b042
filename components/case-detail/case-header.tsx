import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { cn } from "@/lib/utils";

import { dateFormatter } from "./format";

/** Number, kind, status and the deadline by the lifecycle's clock: overdue in red, a paused clock said plainly. */
export async function CaseHeader({ found }: { found: TStaffCase }) {
  const [t, locale] = await Promise.all([getTranslations("caseDetail"), getLocale()]);
  const date = dateFormatter(locale, found.timeZone);
  const { deadline } = found;
  return (
    <header className="flex flex-col gap-2 border-b border-line pb-4">
      <p className="text-sm text-muted">{t(`types.${found.type}`)}</p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">{found.number}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <span
          data-testid="case-status"
          className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800"
        >
          {t(`statuses.${found.status}`)}
        </span>
        <span
          data-testid="case-deadline"
          data-state={deadline.state}
          className={cn("text-sm", deadline.state === "overdue" && "font-semibold text-danger")}
        >
          {deadline.dueAt ? t("deadline.due", { date: date(deadline.dueAt) }) : t("deadline.none")}
          {deadline.state === "overdue" ? ` · ${t("deadline.overdue")}` : ""}
          {deadline.state === "due-today" ? ` · ${t("deadline.dueToday")}` : ""}
          {deadline.state === "paused" ? ` · ${t("deadline.paused")}` : ""}
          {deadline.isExtended ? ` · ${t("deadline.extended")}` : ""}
        </span>
        {found.customerNewsAt ? (
          <span
            data-testid="case-customer-news"
            className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-800"
          >
            {t("customerNews")}
          </span>
        ) : null}
      </div>
      {found.forwardedTo ? <p className="text-sm">{t("forwardedTo", { body: found.forwardedTo })}</p> : null}
      {found.mergedInto ? (
        <p className="text-sm">
          {t("mergedInto")}{" "}
          <Link className="underline" href={`/console/cases/${encodeURIComponent(found.mergedInto.number)}`}>
            {found.mergedInto.number}
          </Link>
        </p>
      ) : null}
      {found.merged.length > 0 ? (
        <p className="text-sm">
          {t("mergedDuplicates")}{" "}
          {found.merged.map((duplicate, index) => (
            <span key={duplicate.id}>
              {index > 0 ? ", " : ""}
              <Link className="underline" href={`/console/cases/${encodeURIComponent(duplicate.number)}`}>
                {duplicate.number}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </header>
  );
}
