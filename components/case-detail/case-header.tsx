import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { cn } from "@/lib/utils";

import { dateFormatter } from "./format";

const caseHref = (number: string) => `/console/cases/${encodeURIComponent(number)}`;

/** One line: number, kind, status and the deadline by the lifecycle's clock; what merges and forwarding did. */
export async function CaseHeader({ found }: { found: TStaffCase }) {
  const [t, te, locale] = await Promise.all([getTranslations("caseDetail"), getTranslations("enums"), getLocale()]);
  const date = dateFormatter(locale, found.timeZone);
  const { deadline } = found;
  return (
    <header className="flex flex-col gap-1 border-b border-line pb-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-brand-800">{found.number}</h1>
        <span className="text-sm text-muted">{te(`CaseType.${found.type}`)}</span>
        <span
          data-testid="case-status"
          className="rounded-full bg-brand-50 px-3 py-0.5 text-sm font-medium text-brand-800"
        >
          {te(`CaseStatus.${found.status}`)}
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
            className="rounded-full bg-brand-100 px-3 py-0.5 text-sm font-medium text-brand-800"
          >
            {t("customerNews")}
          </span>
        ) : null}
      </div>
      {found.forwardedTo ? <p className="text-sm">{t("forwardedTo", { body: found.forwardedTo })}</p> : null}
      {found.mergedInto ? (
        <p className="text-sm">
          {t("mergedInto")}{" "}
          <Link className="underline" href={caseHref(found.mergedInto.number)}>
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
              <Link className="underline" href={caseHref(duplicate.number)}>
                {duplicate.number}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </header>
  );
}
