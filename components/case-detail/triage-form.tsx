"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TCaseFormOptions } from "@/lib/console-cases/get-case-for-staff";
import type { TUpdateCaseTriageInput } from "@/lib/console-cases/schemas";
import { CasePriority } from "@/lib/generated/prisma/enums";

type TTriage = { topicId: string; priority: string; assigneeId: string; officePostcode: string };

/** Topic, priority, assignee and office. Operators may only take the case themselves; the server decides. */
export function TriageForm({
  caseId,
  initial,
  options,
  action,
}: {
  caseId: string;
  initial: TTriage;
  options: Pick<TCaseFormOptions, "topics" | "assignees">;
  action: (input: TUpdateCaseTriageInput) => Promise<TActionResult<{ changed: string[] }>>;
}) {
  const t = useTexts("caseDetail");
  const { locale } = t;
  const [values, setValues] = useState(initial);
  const { run, errorOf, ...state } = useAction(action);
  const set = (field: keyof TTriage) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  return (
    <ActionForm
      testId="triage-form"
      title={t("triage.title")}
      submit={t("triage.submit")}
      state={state}
      done={t("triage.done")}
      onSubmit={() =>
        run({
          caseId,
          topicId: values.topicId || null,
          priority: values.priority as CasePriority,
          assigneeId: values.assigneeId || null,
          officePostcode: values.officePostcode.trim() || null,
        })
      }
    >
      <FormField id="triage-topic" label={t("fields.topic")} error={errorOf("topicId")}>
        {(control) => (
          <Select {...control} value={values.topicId} onChange={set("topicId")}>
            <option value="">{t("none")}</option>
            {options.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {locale === "en" ? topic.nameEn : topic.nameRu}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="triage-priority" label={t("fields.priority")} error={errorOf("priority")}>
        {(control) => (
          <Select {...control} value={values.priority} onChange={set("priority")}>
            {Object.values(CasePriority).map((priority) => (
              <option key={priority} value={priority}>
                {t(`priorities.${priority}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="triage-assignee" label={t("fields.assignee")} error={errorOf("assigneeId")}>
        {(control) => (
          <Select {...control} value={values.assigneeId} onChange={set("assigneeId")}>
            <option value="">{t("unassigned")}</option>
            {options.assignees.map((staff) => (
              <option key={staff.id} value={staff.id}>
                {staff.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id="triage-office"
        label={t("fields.office")}
        hint={t("triage.officeHint")}
        error={errorOf("officePostcode")}
      >
        {(control) => (
          <Input
            {...control}
            inputMode="numeric"
            maxLength={6}
            value={values.officePostcode}
            onChange={set("officePostcode")}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
