"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { UNANSWERED_GROUNDS } from "@/lib/console-cases/outcomes";
import { ZLeaveCaseUnanswered, type TLeaveCaseUnansweredInput } from "@/lib/console-cases/schemas";

/** Leaves the appeal without an answer on the grounds ст. 11 59-ФЗ allows; the applicant is told the grounds. */
export function LeaveUnansweredForm({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TLeaveCaseUnansweredInput) => Promise<TActionResult<{ status: string }>>;
}) {
  const t = useTexts("caseDetail");
  const [grounds, setGrounds] = useState("");
  const { run, errorOf, ...state } = useAction(action, { schema: ZLeaveCaseUnanswered });
  return (
    <ActionForm
      testId="leave-unanswered-form"
      title={t("outcomes.LEFT_UNANSWERED.title")}
      submit={t("outcomes.LEFT_UNANSWERED.submit")}
      state={state}
      done={t("outcomes.LEFT_UNANSWERED.done")}
      onSubmit={() => run({ caseId, grounds: grounds as TLeaveCaseUnansweredInput["grounds"] })}
    >
      <p className="text-sm text-muted">{t("outcomes.LEFT_UNANSWERED.lead")}</p>
      <FormField id="unanswered-grounds" label={t("outcomes.LEFT_UNANSWERED.grounds")} error={errorOf("grounds")}>
        {(control) => (
          <Select {...control} value={grounds} onChange={(event) => setGrounds(event.target.value)}>
            <option value="">{t("outcomes.LEFT_UNANSWERED.choose")}</option>
            {UNANSWERED_GROUNDS.map((value) => (
              <option key={value} value={value}>
                {t(`outcomes.LEFT_UNANSWERED.groundsList.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </ActionForm>
  );
}
