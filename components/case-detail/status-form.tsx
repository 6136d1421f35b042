"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TChangeCaseStatusInput } from "@/lib/console-cases/schemas";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

/** Offers only the moves the lifecycle lets this staff member make by hand (statusChoices). */
export function StatusForm({
  caseId,
  choices,
  action,
}: {
  caseId: string;
  choices: CaseStatus[];
  action: (input: TChangeCaseStatusInput) => Promise<TActionResult<{ status: string }>>;
}) {
  const t = useTexts("caseDetail");
  const te = useTexts("enums");
  const [picked, setTo] = useState<CaseStatus | "">(choices[0] ?? "");
  // After a move the page brings new choices: a pick that is no longer one falls back to the first.
  const to = picked && choices.includes(picked) ? picked : (choices[0] ?? "");
  const { run, ...state } = useAction(action);
  if (choices.length === 0) return null;
  return (
    <ActionForm
      testId="status-form"
      title={t("statusForm.title")}
      submit={t("statusForm.submit")}
      state={state}
      done={t("statusForm.done")}
      onSubmit={() => to && run({ caseId, to })}
    >
      <FormField
        id="status-to"
        label={t("statusForm.to")}
        hint={to ? t("statusForm.after", { what: t(`after.${to}`) }) : undefined}
      >
        {(control) => (
          <Select
            {...control}
            data-shortcut="status"
            value={to}
            onChange={(event) => setTo(event.target.value as CaseStatus)}
          >
            {choices.map((status) => (
              <option key={status} value={status}>
                {te(`CaseStatus.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </ActionForm>
  );
}
