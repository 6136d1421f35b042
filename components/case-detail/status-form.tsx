"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormField } from "@/components/ui/form-field";
import type { TActionResult } from "@/lib/action/action-result";
import type { TChangeCaseStatusInput } from "@/lib/console-cases/schemas";
import { STATUS_TRANSITIONS } from "@/lib/console-cases/status-flow";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { CaseForm, Select } from "./form-parts";
import { useCaseAction } from "./use-case-action";

/** Offers only the moves the transition table allows from the current status. */
export function StatusForm({
  caseId,
  status,
  action,
}: {
  caseId: string;
  status: CaseStatus;
  action: (input: TChangeCaseStatusInput) => Promise<TActionResult<{ status: string }>>;
}) {
  const t = useTranslations("caseDetail");
  const next = STATUS_TRANSITIONS[status];
  const [to, setTo] = useState<CaseStatus | "">(next[0] ?? "");
  const { run, isPending, isDone, failure } = useCaseAction(action);
  if (next.length === 0) return null;
  return (
    <CaseForm
      testId="status-form"
      title={t("statusForm.title")}
      submit={t("statusForm.submit")}
      isPending={isPending}
      done={isDone ? t("statusForm.done") : undefined}
      failure={failure}
      onSubmit={() => to && run({ caseId, to })}
    >
      <FormField id="status-to" label={t("statusForm.to")} hint={t("statusForm.pauseHint")}>
        {(control) => (
          <Select {...control} value={to} onChange={(event) => setTo(event.target.value as CaseStatus)}>
            {next.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </CaseForm>
  );
}
