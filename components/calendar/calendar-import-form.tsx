"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { ZImportCalendarYear, type TImportCalendarYearInput } from "@/lib/calendar/schemas";

/**
 * Replaces a year's exceptions with pasted lines "YYYY-MM-DD;0|1;note". The browser checks the lines with the
 * server's own schema; either way every bad line is listed by its number and nothing is imported.
 */
export function CalendarImportForm({
  year,
  action,
}: {
  year: number;
  action: (input: TImportCalendarYearInput) => Promise<TActionResult<{ year: number; count: number }>>;
}) {
  const t = useTexts("calendar");
  const [values, setValues] = useState({ year: String(year), text: "" });
  const { run, errorOf, ...state } = useAction(action, { schema: ZImportCalendarYear });
  const badLines = values.text.split(/\r\n|\r|\n/).flatMap((_, index) => {
    const message = errorOf(`lines.${index + 1}`);
    return message ? [t("import.lineError", { line: index + 1, message })] : [];
  });
  return (
    <ActionForm
      testId="calendar-import-form"
      title={t("import.title")}
      submit={t("import.submit")}
      state={state}
      done={state.data ? t("import.done", { count: state.data.count }) : undefined}
      onSubmit={() => run(values)}
    >
      <p className="text-muted">{t("import.lead")}</p>
      <FormField id="calendar-import-year" label={t("import.year")} error={errorOf("year")}>
        {(control) => (
          <Input
            {...control}
            inputMode="numeric"
            className="max-w-32"
            value={values.year}
            onChange={(event) => setValues({ ...values, year: event.target.value })}
          />
        )}
      </FormField>
      <FormField id="calendar-import-text" label={t("import.text")} error={errorOf("text")}>
        {(control) => (
          <Textarea
            {...control}
            rows={12}
            spellCheck={false}
            className="font-mono"
            placeholder={t("import.placeholder", { year: values.year })}
            value={values.text}
            onChange={(event) => setValues({ ...values, text: event.target.value })}
          />
        )}
      </FormField>
      {badLines.length > 0 ? (
        <Alert tone="danger">
          <p className="font-semibold">{t("import.fixLines")}</p>
          <ul className="mt-2 list-disc pl-5" data-testid="calendar-import-errors">
            {badLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </ActionForm>
  );
}
