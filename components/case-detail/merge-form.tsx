"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TMergeCaseInput } from "@/lib/console-cases/schemas";

/** Merges this case, as a duplicate, into the case with the number given. */
export function MergeForm({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TMergeCaseInput) => Promise<TActionResult<{ intoNumber: string }>>;
}) {
  const t = useTexts("caseDetail");
  const [intoNumber, setIntoNumber] = useState("");
  const { run, errorOf, ...state } = useAction(action);
  return (
    <ActionForm
      testId="merge-form"
      title={t("merge.title")}
      submit={t("merge.submit")}
      state={state}
      done={t("merge.done")}
      onSubmit={() => run({ duplicateId: caseId, intoNumber })}
    >
      <FormField id="merge-into" label={t("merge.into")} hint={t("merge.hint")} error={errorOf("intoNumber")}>
        {(control) => <Input {...control} value={intoNumber} onChange={(event) => setIntoNumber(event.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
