import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CalendarDayForm } from "@/components/calendar/calendar-day-form";
import { CalendarDayList } from "@/components/calendar/calendar-day-list";
import { CalendarImportForm } from "@/components/calendar/calendar-import-form";
import { InfoPage } from "@/components/layout/info-page";
import { staffPage } from "@/lib/auth/page-guards";
import { calendarYears, currentCalendarYear, listCalendarDays } from "@/lib/calendar/list-calendar-days";
import { ZCalendarYear } from "@/lib/calendar/schemas";
import { cn } from "@/lib/utils";

import { importCalendarYearAction, removeCalendarDayAction, saveCalendarDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: PageProps<"/console/calendar">) {
  await staffPage("/console/calendar", "calendar.edit");
  const asked = ZCalendarYear.safeParse((await searchParams).year);
  const year = asked.success ? asked.data : currentCalendarYear();
  const [t, days, years] = await Promise.all([getTranslations("calendar"), listCalendarDays(year), calendarYears()]);
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <nav aria-label={t("years")} className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t("years")}:</span>
        {[...new Set([...years, year])]
          .sort((a, b) => a - b)
          .map((option) => (
            <Link
              key={option}
              href={`/console/calendar?year=${option}`}
              aria-current={option === year ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-lg px-3 hover:bg-brand-50",
                option === year && "bg-brand-50 font-semibold",
              )}
            >
              {option}
            </Link>
          ))}
      </nav>
      <h2 className="text-2xl font-semibold">{t("yearTitle", { year })}</h2>
      <CalendarDayList year={year} days={days} save={saveCalendarDayAction} remove={removeCalendarDayAction} />
      <CalendarDayForm action={saveCalendarDayAction} />
      <CalendarImportForm key={year} year={year} action={importCalendarYearAction} />
    </InfoPage>
  );
}
