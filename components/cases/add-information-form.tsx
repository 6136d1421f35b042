"use client";

import { useState } from "react";

import { FileUploadField } from "@/components/attachments/file-upload-field";
import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { submissionFormData } from "@/lib/action/submission-form-data";
import { allowanceValues, ATTACHMENT_LIMITS, type TUploadAllowance } from "@/lib/attachments/limits";
import { TEXT_LIMITS } from "@/lib/cases/limits";

/**
 * The applicant adds information or files to their open case. The field says what is left of the day's
 * upload allowance and takes no more files than that; the server counts and refuses again.
 */
export function AddInformationForm({
  token,
  action,
  allowance,
}: {
  token: string;
  action: (formData: FormData) => Promise<TActionResult<{ eventId: string }>>;
  allowance: TUploadAllowance;
}) {
  const t = useTexts("statusPage");
  const format = useTextFormat();
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  // The file field keeps its own list; a new key gives a fresh, empty field after a success.
  const [fieldKey, setFieldKey] = useState(0);
  const { run, isPending, isDone, failure, errorOf, reset } = useAction(action, {
    onSuccess: () => {
      setText("");
      setFiles([]);
      setFieldKey((key) => key + 1);
      setIdempotencyKey(crypto.randomUUID());
    },
  });
  const fileError = errorOf("attachments");
  // A problem with the files shows on the file field only.
  const error = errorOf("text") ?? (fileError ? undefined : failure);

  const left = allowanceValues(allowance);

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    run(submissionFormData({ token, text }, idempotencyKey, files));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {isDone ? <Alert tone="success">{t("added")}</Alert> : null}
      <FormField id="status-comment" label={t("addLabel")} hint={t("addHint")} error={error}>
        {(control) => (
          <Textarea
            rows={4}
            maxLength={TEXT_LIMITS.comment}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (isDone) reset();
            }}
            {...control}
          />
        )}
      </FormField>
      <FileUploadField
        key={fieldKey}
        id="status-attachments"
        label={t("files")}
        error={fileError}
        maxFiles={Math.min(ATTACHMENT_LIMITS.maxFiles, left.files)}
        allowance={t("allowance", { files: left.files, mb: format.number(left.mb, { maximumFractionDigits: 1 }) })}
        onChange={setFiles}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {t("send")}
      </Button>
    </form>
  );
}
