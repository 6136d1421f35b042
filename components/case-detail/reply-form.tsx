"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TCaseFormOptions } from "@/lib/console-cases/get-case-for-staff";
import {
  fillPlaceholders,
  PLACEHOLDERS,
  subjectWithNumber,
  type TPlaceholderValues,
} from "@/lib/console-cases/placeholders";
import { ZReplyToCase, type TReplyToCaseInput } from "@/lib/console-cases/schemas";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

type TSetStatus = "" | CaseStatus;

/**
 * A reply by email: pick a template (or write from scratch), edit subject and text, see the text as the
 * first applicant will read it. Each applicant's own name and status link are filled in on sending. "After
 * sending" starts at what the template does (its next status, when this case may go there) and the form
 * says in a sentence what will happen to the case.
 */
export function ReplyForm({
  caseId,
  templates,
  preview,
  statusChoices,
  action,
}: {
  caseId: string;
  templates: TCaseFormOptions["templates"];
  /** The first applicant's values; the status link is shown as a stand-in. */
  preview: TPlaceholderValues;
  /** Where a reply may move this case (replyChoices). */
  statusChoices: CaseStatus[];
  action: (input: TReplyToCaseInput) => Promise<TActionResult<{ recipients: number }>>;
}) {
  const t = useTexts("caseDetail");
  const [templateId, setTemplateId] = useState("");
  // The subject is a template too: its {caseNumber} is filled per applicant when the reply is sent.
  const [subject, setSubject] = useState(t("reply.defaultSubject", { caseNumber: "{caseNumber}" }));
  const [body, setBody] = useState("");
  const [setStatus, setSetStatus] = useState<TSetStatus>("");
  const { run, errorOf, ...state } = useAction(action, { schema: ZReplyToCase, onSuccess: () => setBody("") });

  function onPickTemplate(id: string) {
    setTemplateId(id);
    const template = templates.find((item) => item.id === id);
    if (template) {
      setSubject(template.subject);
      setBody(template.body);
    }
    const next = template?.nextStatus;
    setSetStatus(next && statusChoices.includes(next) ? next : "");
  }

  return (
    <ActionForm
      testId="reply-form"
      title={t("reply.title")}
      submit={t("reply.submit")}
      state={state}
      done={state.data ? t("reply.done", { count: state.data.recipients }) : undefined}
      onSubmit={() =>
        run({ caseId, templateId: templateId || undefined, subject, body, setStatus: setStatus || undefined })
      }
    >
      <FormField id="reply-template" label={t("reply.template")}>
        {(control) => (
          <Select {...control} value={templateId} onChange={(event) => onPickTemplate(event.target.value)}>
            <option value="">{t("reply.noTemplate")}</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="reply-subject" label={t("reply.subject")} error={errorOf("subject")}>
        {(control) => <Input {...control} value={subject} onChange={(event) => setSubject(event.target.value)} />}
      </FormField>
      <FormField
        id="reply-body"
        label={t("reply.body")}
        hint={t("reply.placeholders", { list: PLACEHOLDERS.map((name) => `{${name}}`).join(" ") })}
        error={errorOf("body")}
      >
        {(control) => <Textarea {...control} rows={8} value={body} onChange={(event) => setBody(event.target.value)} />}
      </FormField>
      {statusChoices.length > 0 ? (
        <FormField id="reply-status" label={t("reply.setStatus")} error={errorOf("setStatus")}>
          {(control) => (
            <Select {...control} value={setStatus} onChange={(event) => setSetStatus(event.target.value as TSetStatus)}>
              <option value="">{t("reply.keepStatus")}</option>
              {statusChoices.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <p className="text-sm" data-testid="reply-after" aria-live="polite">
        {t("reply.afterSending", { what: t(`after.${setStatus || "NONE"}`) })}
      </p>
      <section aria-label={t("reply.preview")} className="rounded-lg bg-brand-50 p-3" data-testid="reply-preview">
        <h4 className="font-medium">{t("reply.preview")}</h4>
        <p className="font-medium">{subjectWithNumber(fillPlaceholders(subject, preview), preview.caseNumber)}</p>
        <p className="whitespace-pre-wrap">{fillPlaceholders(body, preview)}</p>
      </section>
    </ActionForm>
  );
}
