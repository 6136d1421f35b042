"use client";

import { useState, type KeyboardEvent } from "react";

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

import { PresenceNotice } from "./case-presence";
import { noteReplyTyping, usePresenceSeen, type TNewerReplySeen } from "./case-presence-store";
import { DraftStatus, useReplyDraft } from "./reply-draft";
import { ReplyOvertaken } from "./reply-overtaken";

type TSetStatus = "" | CaseStatus;
type TTemplate = TCaseFormOptions["templates"][number];
type TReplyOutcome = { isSent: true; recipients: number } | { isSent: false; newerReply: TNewerReplySeen };

/**
 * A reply by email: pick a template (or write from scratch), edit subject and text, see the text as the
 * first applicant will read it. Each applicant's own name and status link are filled in on sending. "After
 * sending" starts at what the template does (its next status, when this case may go there) and the form
 * says in a sentence what will happen to the case. The text is kept as a draft while it is written; a
 * colleague's reply sent meanwhile is shown before this one goes (`basisReplyId`: the newest reply the page
 * shows).
 */
export function ReplyForm({
  caseId,
  templates,
  preview,
  statusChoices,
  basisReplyId,
  draft,
  action,
  draftActions,
}: {
  caseId: string;
  templates: TCaseFormOptions["templates"];
  /** The first applicant's values; the status link is shown as a stand-in. */
  preview: TPlaceholderValues;
  /** Where a reply may move this case (replyChoices). */
  statusChoices: CaseStatus[];
  basisReplyId: string | null;
  /** The staff member's own saved draft, if any. */
  draft: { body: string; templateId: string | null; savedAt: Date } | null;
  action: (input: TReplyToCaseInput) => Promise<TActionResult<TReplyOutcome>>;
  draftActions: Parameters<typeof useReplyDraft>[2];
}) {
  const t = useTexts("caseDetail");
  const defaultSubject = t("reply.defaultSubject", { caseNumber: "{caseNumber}" });
  const templateOf = (id: string | null | undefined): TTemplate | undefined => templates.find((item) => item.id === id);
  const draftTemplate = templateOf(draft?.templateId);
  const [templateId, setTemplateId] = useState(draftTemplate?.id ?? "");
  // The subject is a template too: its {caseNumber} is filled per applicant when the reply is sent.
  const [subject, setSubject] = useState(draftTemplate?.subject ?? defaultSubject);
  const [body, setBody] = useState(draft?.body ?? "");
  const [setStatus, setSetStatus] = useState<TSetStatus>(nextStatusOf(draftTemplate));
  const [overtaking, setOvertaking] = useState<TNewerReplySeen | null>(null);
  const saved = useReplyDraft(caseId, draft?.savedAt ?? null, draftActions);
  const { newerReply: seenByHeartbeat } = usePresenceSeen();
  const { run, errorOf, ...state } = useAction(action, {
    schema: ZReplyToCase,
    onSuccess: (outcome) => {
      if (!outcome.isSent) return setOvertaking(outcome.newerReply);
      setOvertaking(null);
      setBody("");
      saved.forget();
      noteReplyTyping(false);
    },
  });
  // The heartbeat's word of a colleague's reply matters to someone writing one; a refused send, always.
  const newer = overtaking ?? (body.trim() !== "" ? seenByHeartbeat : null);

  function nextStatusOf(template: TTemplate | undefined): TSetStatus {
    const next = template?.nextStatus;
    return next && statusChoices.includes(next) ? next : "";
  }

  function onEdited(values: { body: string; templateId: string }) {
    noteReplyTyping(values.body.trim() !== "");
    saved.schedule({ body: values.body, templateId: values.templateId || null });
  }

  function onPickTemplate(id: string) {
    setTemplateId(id);
    const template = templateOf(id);
    if (template) {
      setSubject(template.subject);
      setBody(template.body);
    }
    setSetStatus(nextStatusOf(template));
    onEdited({ body: template?.body ?? body, templateId: id });
  }

  async function send(basis: string | null) {
    // The draft on the server is the text being sent: kept if the reply is refused, removed with it if sent.
    await saved.flush();
    await run({
      caseId,
      templateId: templateId || undefined,
      subject,
      body,
      setStatus: setStatus || undefined,
      basisReplyId: basis,
    });
  }

  async function onDiscardDraft() {
    if (!(await saved.discard())) return;
    setTemplateId("");
    setSubject(defaultSubject);
    setBody("");
    setSetStatus("");
    noteReplyTyping(false);
  }

  function onBodyKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  const outcome = state.data;
  return (
    <ActionForm
      testId="reply-form"
      title={t("reply.title")}
      submit={t("reply.submit")}
      state={state}
      done={outcome?.isSent ? t("reply.done", { count: outcome.recipients }) : undefined}
      onSubmit={() => void send(basisReplyId)}
    >
      <PresenceNotice testId="reply-presence" />
      <FormField id="reply-template" label={t("reply.template")}>
        {(control) => (
          <Select
            {...control}
            data-shortcut="reply"
            value={templateId}
            onChange={(event) => onPickTemplate(event.target.value)}
          >
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
        hint={`${t("reply.placeholders", { list: PLACEHOLDERS.map((name) => `{${name}}`).join(" ") })} · ${t("reply.sendKeys")}`}
        error={errorOf("body")}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={8}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              onEdited({ body: event.target.value, templateId });
            }}
            onBlur={() => void saved.flush()}
            onKeyDown={onBodyKeyDown}
          />
        )}
      </FormField>
      <DraftStatus draft={saved} onDiscard={() => void onDiscardDraft()} />
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
      {newer ? (
        <ReplyOvertaken reply={newer} isPending={state.isPending} onSendAnyway={() => void send(newer.id)} />
      ) : null}
    </ActionForm>
  );
}
