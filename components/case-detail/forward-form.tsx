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
import { FORWARD_WITHIN_DAYS } from "@/lib/console-cases/outcomes";
import { ZForwardCase, type TForwardCaseInput } from "@/lib/console-cases/schemas";

/** Forwards the appeal to the competent body (ст. 8 ч. 3 59-ФЗ) with the notice the applicant gets. */
export function ForwardForm({
  caseId,
  isLate,
  action,
}: {
  caseId: string;
  /** More than 7 days have passed since registration: the law's term for forwarding is missed. */
  isLate: boolean;
  action: (input: TForwardCaseInput) => Promise<TActionResult<{ status: string }>>;
}) {
  const t = useTexts("caseDetail");
  const [forwardedTo, setForwardedTo] = useState("");
  const [body, setBody] = useState("");
  const { run, errorOf, ...state } = useAction(action, { schema: ZForwardCase });
  return (
    <ActionForm
      testId="forward-form"
      title={t("outcomes.FORWARDED.title")}
      submit={t("outcomes.FORWARDED.submit")}
      state={state}
      done={t("outcomes.FORWARDED.done")}
      onSubmit={() => run({ caseId, forwardedTo, body })}
    >
      <p className="text-sm text-muted">{t("outcomes.FORWARDED.lead", { days: FORWARD_WITHIN_DAYS })}</p>
      {isLate ? <Alert tone="danger">{t("outcomes.FORWARDED.late", { days: FORWARD_WITHIN_DAYS })}</Alert> : null}
      <FormField
        id="forward-to"
        label={t("outcomes.FORWARDED.to")}
        hint={t("outcomes.FORWARDED.toHint")}
        error={errorOf("forwardedTo")}
      >
        {(control) => (
          <Input {...control} value={forwardedTo} onChange={(event) => setForwardedTo(event.target.value)} />
        )}
      </FormField>
      <FormField
        id="forward-body"
        label={t("outcomes.FORWARDED.body")}
        hint={t("outcomes.FORWARDED.bodyHint")}
        error={errorOf("body")}
      >
        {(control) => <Textarea {...control} rows={5} value={body} onChange={(event) => setBody(event.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
