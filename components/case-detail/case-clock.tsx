import { getLocale, getTranslations } from "next-intl/server";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { cn } from "@/lib/utils";

import { dateFormatter } from "./format";

/**
 * The deadline by the lifecycle's clock, in words: the last day (the office's, as the applicant was told),
 * how many days are left or how late it is, or that the clock stands still while the customer answers.
 */
export async function CaseClock({ found }: { found: TStaffCase }) {
  const [t, locale] = await Promise.all([getTranslations("caseDetail"), getLocale()]);
  const date = dateFormatter(locale, found.timeZone);
  const { deadline } = found;
  const days = deadline.daysLeft ?? 0;
  const state = {
    done: t("clock.done"),
    "no-term": t("clock.noTerm"),
    paused: deadline.pausedAt ? t("clock.pausedSince", { date: date(deadline.pausedAt) }) : t("deadline.paused"),
    overdue: t("clock.overdueBy", { count: Math.max(1, -days) }),
    "due-today": t("clock.dueToday"),
    running: t("clock.left", { count: days }),
  }[deadline.state];
  return (
    <section
      aria-labelledby="case-clock"
      data-testid="case-clock"
      data-state={deadline.state}
      className={cn(
        "rounded-xl border p-3 text-sm",
        deadline.state === "overdue" ? "border-danger bg-red-50" : "border-line bg-white",
      )}
    >
      <h2 id="case-clock" className="text-base font-semibold">
        {t("clock.title")}
      </h2>
      {deadline.dueAt ? <p className="text-lg font-semibold">{date(deadline.dueAt)}</p> : null}
      <p className={cn(deadline.state === "overdue" && "font-semibold text-danger")}>{state}</p>
      {found.extendedAt ? (
        <p className="text-muted">
          {t("clock.extended", { date: date(found.extendedAt), reason: found.extensionReason ?? "—" })}
        </p>
      ) : null}
    </section>
  );
}
