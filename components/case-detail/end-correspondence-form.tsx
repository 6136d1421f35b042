"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { ZEndCorrespondence, type TEndCorrespondenceInput } from "@/lib/console-cases/schemas";

/** Ends correspondence on a repeated appeal that raises nothing new (ст. 11 ч. 5 59-ФЗ), with the notice. */
export function EndCorrespondenceForm({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TEndCorrespondenceInput) => Promise<TActionResult<{ status: string }>>;
}) {
  const t = useTexts("caseDetail");
  const [reason, setReason] = useState("");
  const { run, errorOf, ...state } = useAction(action, { schema: ZEndCorrespondence });
  return (
    <ActionForm
      testId="end-correspondence-form"
      title={t("outcomes.CORRESPONDENCE_ENDED.title")}
      submit={t("outcomes.CORRESPONDENCE_ENDED.submit")}
      state={state}
      done={t("outcomes.CORRESPONDENCE_ENDED.done")}
      onSubmit={() => run({ caseId, reason })}
    >
      <p className="text-sm text-muted">{t("outcomes.CORRESPONDENCE_ENDED.lead")}</p>
      <FormField
        id="end-correspondence-reason"
        label={t("outcomes.CORRESPONDENCE_ENDED.reason")}
        hint={t("outcomes.CORRESPONDENCE_ENDED.reasonHint")}
        error={errorOf("reason")}
      >
        {(control) => (
          <Textarea {...control} rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </FormField>
    </ActionForm>
  );
}
