"use client";

import { useActionState, useState } from "react";

import { FileUploadField } from "@/components/attachments/file-upload-field";
import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { EMPTY_FORM_STATE, type TFormState } from "@/lib/action/form-state";
import { SUBMISSION_FIELDS } from "@/lib/action/submission-form-data";
import { allowanceValues, ATTACHMENT_LIMITS, type TUploadAllowance } from "@/lib/attachments/limits";
import { TEXT_LIMITS } from "@/lib/cases/limits";

export type TAddInformationState = TFormState<{ eventId: string }>;

/**
 * The applicant adds information or files to their open case. A plain form on a server action
 * (useActionState): before its scripts run, or without them, the browser posts it and the page comes back
 * with the comment in the history, or with the error beside what was typed; with scripts, the same post
 * without leaving the page. Nothing here moves focus. The field says what is left of the day's upload
 * allowance and takes no more files than that; the server counts and refuses again. The idempotency key is
 * the page's (a new one with each page the server renders, so each comment gets its own).
 */
export function AddInformationForm({
  token,
  action,
  allowance,
  idempotencyKey,
}: {
  token: string;
  action: (previous: TAddInformationState, formData: FormData) => Promise<TAddInformationState>;
  allowance: TUploadAllowance;
  idempotencyKey: string;
}) {
  const t = useTexts("statusPage");
  const format = useTextFormat();
  const [state, dispatch, isPending] = useActionState(action, EMPTY_FORM_STATE as TAddInformationState);
  // Each answer counted (a fresh file field after each), and whether the person has started on the next
  // comment since (the confirmation then goes).
  const [answer, setAnswer] = useState({ state, count: 0, isEdited: false });
  if (answer.state !== state) setAnswer({ state, count: answer.count + 1, isEdited: false });
  const refusal = state.result && !state.result.ok ? state.result : undefined;
  const fileError = refusal?.fieldErrors?.attachments;
  // A problem with the files shows on the file field only.
  const error = refusal?.fieldErrors?.text ?? (fileError ? undefined : refusal?.message);
  const left = allowanceValues(allowance);

  return (
    <form action={dispatch} noValidate className="flex flex-col gap-3">
      {state.result?.ok && !answer.isEdited ? <Alert tone="success">{t("added")}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name={SUBMISSION_FIELDS.idempotencyKey} value={idempotencyKey} />
      <FormField id="status-comment" label={t("addLabel")} hint={t("addHint")} error={error}>
        {(control) => (
          <Textarea
            rows={4}
            name="text"
            maxLength={TEXT_LIMITS.comment}
            // React empties the form once it is answered: a refused comment comes back as typed.
            defaultValue={refusal ? (state.values.text ?? "") : ""}
            onChange={() => setAnswer((current) => (current.isEdited ? current : { ...current, isEdited: true }))}
            {...control}
          />
        )}
      </FormField>
      <FileUploadField
        // The form's reset empties the file input: a fresh field, whose list matches it, after each answer.
        key={answer.count}
        id="status-attachments"
        name={SUBMISSION_FIELDS.files}
        label={t("files")}
        error={fileError}
        maxFiles={Math.min(ATTACHMENT_LIMITS.maxFiles, left.files)}
        allowance={t("allowance", { files: left.files, mb: format.number(left.mb, { maximumFractionDigits: 1 }) })}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {t("send")}
      </Button>
    </form>
  );
}
