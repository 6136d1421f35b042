"use client";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TCalendarDay } from "@/lib/calendar/list-calendar-days";
import type { TRemoveCalendarDay, TSaveCalendarDayInput } from "@/lib/calendar/schemas";

type TDayAction<TInput> = (input: TInput) => Promise<TActionResult<{ date: string }>>;

/** A year's exceptions, each one turned into the other kind of day or removed in one click. */
export function CalendarDayList({
  year,
  days,
  save,
  remove,
}: {
  year: number;
  days: TCalendarDay[];
  save: TDayAction<TSaveCalendarDayInput>;
  remove: TDayAction<TRemoveCalendarDay>;
}) {
  const t = useTexts("calendar");
  const format = useTextFormat();
  const saving = useAction(save);
  const removing = useAction(remove);
  const isPending = saving.isPending || removing.isPending;
  const failure = saving.failure ?? removing.failure;
  if (days.length === 0) return <p className="text-muted">{t("empty", { year })}</p>;
  return (
    <div className="flex flex-col gap-3">
      <ActionOutcome failure={failure} />
      <Table
        caption={t("yearTitle", { year })}
        isSmallText={false}
        className="min-w-[40rem] border-collapse"
        data-testid="calendar-days"
      >
        <TableHead className="text-sm text-muted">
          <HeaderCell>{t("columns.date")}</HeaderCell>
          <HeaderCell>{t("columns.weekday")}</HeaderCell>
          <HeaderCell>{t("columns.kind")}</HeaderCell>
          <HeaderCell>{t("columns.note")}</HeaderCell>
          <HeaderCell>{t("columns.actions")}</HeaderCell>
        </TableHead>
        <tbody>
          {days.map((day) => {
            // Calendar dates, not instants: read and shown in UTC so no zone moves them a day.
            const date = new Date(`${day.date}T00:00:00Z`);
            const toggle = day.isWorkingDay ? t("makeDayOff") : t("makeWorking");
            return (
              <Row key={day.date} className="align-top">
                <Cell className="font-medium whitespace-nowrap">
                  {format.dateTime(date, { dateStyle: "long", timeZone: "UTC" })}
                </Cell>
                <Cell>{format.dateTime(date, { weekday: "long", timeZone: "UTC" })}</Cell>
                <Cell>{day.isWorkingDay ? t("workingDay") : t("dayOff")}</Cell>
                <Cell>{day.note ?? "—"}</Cell>
                <Cell className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={isPending}
                    aria-label={`${toggle}: ${day.date}`}
                    onClick={() =>
                      saving.run({ date: day.date, isWorkingDay: !day.isWorkingDay, note: day.note ?? undefined })
                    }
                  >
                    {toggle}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={isPending}
                    aria-label={`${t("remove")}: ${day.date}`}
                    onClick={() => removing.run({ date: day.date })}
                  >
                    {t("remove")}
                  </Button>
                </Cell>
              </Row>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
