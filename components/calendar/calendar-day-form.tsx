"use client";

import { useEffect, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { ZSaveCalendarDay, type TSaveCalendarDayInput } from "@/lib/calendar/schemas";

type TValues = { date: string; kind: "off" | "working"; note: string };

const toInput = (values: TValues): TSaveCalendarDayInput => ({
  date: values.date,
  isWorkingDay: values.kind === "working",
  note: values.note,
});

/** Adds a day off or a working day to the calendar, or changes a day already in it (by its date). */
export function CalendarDayForm({
  action,
}: {
  action: (input: TSaveCalendarDayInput) => Promise<TActionResult<{ date: string }>>;
}) {
  const t = useTexts("calendar");
  const empty: TValues = { date: "", kind: "off", note: "" };
  const [values, setValues] = useState<TValues>(empty);
  const { run, errorOf, recheck, ...state } = useAction(action, {
    schema: ZSaveCalendarDay,
    onSuccess: () => setValues(empty),
  });
  // An error shown goes as soon as its field is right.
  useEffect(() => recheck(toInput(values)), [values]); // eslint-disable-line react-hooks/exhaustive-deps -- recheck is new each render
  return (
    <ActionForm
      testId="calendar-day-form"
      title={t("day.title")}
      submit={t("day.submit")}
      state={state}
      done={t("day.done")}
      onSubmit={() => run(toInput(values))}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="calendar-day-date" label={t("day.date")} hint={t("day.dateHint")} error={errorOf("date")}>
          {(control) => (
            <Input
              {...control}
              type="date"
              value={values.date}
              onChange={(event) => setValues({ ...values, date: event.target.value })}
            />
          )}
        </FormField>
        <FormField id="calendar-day-kind" label={t("day.kind")}>
          {(control) => (
            <Select
              {...control}
              value={values.kind}
              onChange={(event) => setValues({ ...values, kind: event.target.value === "working" ? "working" : "off" })}
            >
              <option value="off">{t("dayOff")}</option>
              <option value="working">{t("workingDay")}</option>
            </Select>
          )}
        </FormField>
      </div>
      <FormField id="calendar-day-note" label={t("day.note")} hint={t("day.noteHint")} error={errorOf("note")}>
        {(control) => (
          <Input
            {...control}
            value={values.note}
            onChange={(event) => setValues({ ...values, note: event.target.value })}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
