"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useRecordForm, type TRecordFormProps } from "@/components/ui/use-record-form";
import { ZSaveReward, type TSaveRewardInput } from "@/lib/loyalty/console-schemas";

import { ActiveCheckbox } from "./active-checkbox";

export type TRewardValues = {
  id?: string;
  title: string;
  description: string;
  costPoints: string;
  stock: string;
  isActive: boolean;
};

const EMPTY: TRewardValues = { title: "", description: "", costPoints: "", stock: "", isActive: true };

/** Creates a reward or edits one: what it is, what it costs in points, how many are left. */
export function RewardForm({ initial, action }: TRecordFormProps<TRewardValues, TSaveRewardInput>) {
  const t = useTexts("loyaltyConsole.rewards");
  const { values, setValues, set, run, errorOf, state, prefix } = useRecordForm({
    name: "reward",
    initial,
    empty: EMPTY,
    action,
    schema: ZSaveReward,
  });
  return (
    <ActionForm
      testId={prefix}
      title={initial ? initial.title : t("new")}
      submit={t("save")}
      state={state}
      done={t("saved")}
      onSubmit={() => run(values)}
    >
      <FormField id={`${prefix}-title`} label={t("name")} error={errorOf("title")}>
        {(control) => <Input {...control} value={values.title} onChange={set("title")} />}
      </FormField>
      <FormField id={`${prefix}-description`} label={t("description")} error={errorOf("description")}>
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            className="min-h-20!"
            value={values.description}
            onChange={set("description")}
          />
        )}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={`${prefix}-cost`} label={t("cost")} error={errorOf("costPoints")}>
          {(control) => (
            <Input {...control} inputMode="numeric" value={values.costPoints} onChange={set("costPoints")} />
          )}
        </FormField>
        <FormField id={`${prefix}-stock`} label={t("stock")} error={errorOf("stock")}>
          {(control) => <Input {...control} inputMode="numeric" value={values.stock} onChange={set("stock")} />}
        </FormField>
      </div>
      <ActiveCheckbox
        id={`${prefix}-active`}
        label={t("isActive")}
        isChecked={values.isActive}
        onChange={(isActive) => setValues({ ...values, isActive })}
      />
    </ActionForm>
  );
}
