"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useRecordForm, type TRecordFormProps } from "@/components/ui/use-record-form";
import type { TSaveTopicInput } from "@/lib/console-cases/schemas";

type TTopic = { id?: string; code: string; nameRu: string; nameEn: string; sortOrder: number; isActive: boolean };

/** Creates a complaint topic or edits one; an inactive topic leaves the public form. */
export function TopicForm({ initial, action }: TRecordFormProps<TTopic, TSaveTopicInput>) {
  const t = useTexts("templates");
  const empty: TTopic = { code: "", nameRu: "", nameEn: "", sortOrder: 100, isActive: true };
  const { values, setValues, set, run, errorOf, state, prefix } = useRecordForm({
    name: "topic",
    initial,
    empty,
    action,
  });
  return (
    <ActionForm
      testId={prefix}
      title={initial ? `${initial.nameRu} (${initial.code})` : t("topics.new")}
      submit={t("save")}
      state={state}
      done={t("saved")}
      onSubmit={() => run(values)}
    >
      <FormField id={`${prefix}-code`} label={t("fields.code")} hint={t("codeHint")} error={errorOf("code")}>
        {(control) => <Input {...control} value={values.code} onChange={set("code")} />}
      </FormField>
      <FormField id={`${prefix}-ru`} label={t("topics.nameRu")} error={errorOf("nameRu")}>
        {(control) => <Input {...control} value={values.nameRu} onChange={set("nameRu")} />}
      </FormField>
      <FormField id={`${prefix}-en`} label={t("topics.nameEn")} error={errorOf("nameEn")}>
        {(control) => <Input {...control} value={values.nameEn} onChange={set("nameEn")} />}
      </FormField>
      <FormField id={`${prefix}-order`} label={t("topics.sortOrder")} error={errorOf("sortOrder")}>
        {(control) => (
          <Input
            {...control}
            type="number"
            min={0}
            max={1000}
            value={values.sortOrder}
            onChange={(event) => setValues({ ...values, sortOrder: Number(event.target.value) })}
          />
        )}
      </FormField>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="size-5"
          checked={values.isActive}
          onChange={(event) => setValues({ ...values, isActive: event.target.checked })}
        />
        {t("topics.isActive")}
      </label>
    </ActionForm>
  );
}
