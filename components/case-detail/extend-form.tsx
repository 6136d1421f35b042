"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TExtendCaseDeadlineInput } from "@/lib/console-cases/schemas";

/** The one extension: days and the reason that the notice to the applicants states. */
export function ExtendForm({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TExtendCaseDeadlineInput) => Promise<TActionResult<{ dueAt: Date }>>;
}) {
  const t = useTexts("caseDetail");
  const [days, setDays] = useState("30");
  const [reason, setReason] = useState("");
  const { run, errorOf, ...state } = useAction(action);
  return (
    <ActionForm
      testId="extend-form"
      title={t("extend.title")}
      submit={t("extend.submit")}
      state={state}
      done={t("extend.done")}
      onSubmit={() => run({ caseId, days: Number(days), reason })}
    >
      <FormField id="extend-days" label={t("extend.days")} hint={t("extend.daysHint")} error={errorOf("days")}>
        {(control) => (
          <Input
            {...control}
            type="number"
            min={1}
            max={30}
            value={days}
            onChange={(event) => setDays(event.target.value)}
          />
        )}
      </FormField>
      <FormField id="extend-reason" label={t("extend.reason")} hint={t("extend.reasonHint")} error={errorOf("reason")}>
        {(control) => <Textarea {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
