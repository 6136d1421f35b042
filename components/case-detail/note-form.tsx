"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TAddInternalNoteInput } from "@/lib/console-cases/schemas";

/** A note for colleagues: it sits in the thread, tinted and labelled, and the applicant never sees it. */
export function NoteForm({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TAddInternalNoteInput) => Promise<TActionResult<{ eventId: string }>>;
}) {
  const t = useTexts("caseDetail");
  const [body, setBody] = useState("");
  const { run, errorOf, ...state } = useAction(action, { onSuccess: () => setBody("") });
  return (
    <ActionForm
      testId="note-form"
      title={t("note.title")}
      submit={t("note.submit")}
      state={state}
      done={t("note.done")}
      onSubmit={() => run({ caseId, body })}
    >
      <FormField id="note-body" label={t("note.label")} hint={t("note.hint")} error={errorOf("body")}>
        {(control) => (
          <Textarea
            {...control}
            data-shortcut="note"
            rows={3}
            className="min-h-20!"
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
