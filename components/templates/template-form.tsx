"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useRecordForm, type TRecordFormProps } from "@/components/ui/use-record-form";
import { PLACEHOLDERS } from "@/lib/console-cases/placeholders";
import { ZSaveReplyTemplate, type TSaveReplyTemplateInput } from "@/lib/console-cases/schemas";
import { REPLY_TARGETS } from "@/lib/console-cases/status-choices";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

/** The placeholders as staff type them: {name} {caseNumber} … */
const PLACEHOLDER_LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(" ");

type TTemplate = {
  id?: string;
  code: string;
  title: string;
  locale: "ru" | "en";
  subject: string;
  body: string;
  nextStatus: CaseStatus | "";
};

/** Creates a reply template or edits one, with what sending it does to the case ("after sending"). */
export function TemplateForm({ initial, action }: TRecordFormProps<TTemplate, TSaveReplyTemplateInput>) {
  const t = useTexts("templates");
  const tCase = useTexts("caseDetail");
  const empty: TTemplate = { code: "", title: "", locale: "ru", subject: "", body: "", nextStatus: "" };
  const { values, set, run, errorOf, state, prefix } = useRecordForm({
    name: "template",
    initial,
    empty,
    action,
    schema: ZSaveReplyTemplate,
  });
  return (
    <ActionForm
      testId={prefix}
      title={initial ? initial.title : t("new")}
      submit={t("save")}
      state={state}
      done={t("saved")}
      onSubmit={() => run({ ...values, nextStatus: values.nextStatus || null })}
    >
      <FormField id={`${prefix}-code`} label={t("fields.code")} hint={t("codeHint")} error={errorOf("code")}>
        {(control) => <Input {...control} value={values.code} onChange={set("code")} />}
      </FormField>
      <FormField id={`${prefix}-title`} label={t("fields.title")} error={errorOf("title")}>
        {(control) => <Input {...control} value={values.title} onChange={set("title")} />}
      </FormField>
      <FormField id={`${prefix}-locale`} label={t("fields.locale")}>
        {(control) => (
          <Select {...control} value={values.locale} onChange={set("locale")}>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </Select>
        )}
      </FormField>
      <FormField id={`${prefix}-subject`} label={t("fields.subject")} error={errorOf("subject")}>
        {(control) => <Input {...control} value={values.subject} onChange={set("subject")} />}
      </FormField>
      <FormField
        id={`${prefix}-body`}
        label={t("fields.body")}
        hint={t("placeholdersHint", { placeholders: PLACEHOLDER_LIST })}
        error={errorOf("body")}
      >
        {(control) => <Textarea {...control} rows={8} value={values.body} onChange={set("body")} />}
      </FormField>
      <FormField
        id={`${prefix}-next`}
        label={t("fields.nextStatus")}
        hint={tCase("reply.afterSending", { what: tCase(`after.${values.nextStatus || "NONE"}`) })}
        error={errorOf("nextStatus")}
      >
        {(control) => (
          <Select {...control} value={values.nextStatus} onChange={set("nextStatus")}>
            <option value="">{t("keepStatus")}</option>
            {REPLY_TARGETS.map((status) => (
              <option key={status} value={status}>
                {tCase(`statuses.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </ActionForm>
  );
}
