"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useRecordForm, type TRecordFormProps } from "@/components/ui/use-record-form";
import { ACTIVITY_SUBJECTS } from "@/lib/loyalty/activities";
import { ZSaveRule, type TSaveRuleInput } from "@/lib/loyalty/console-schemas";

import { ActiveCheckbox } from "./active-checkbox";

export type TRuleValues = {
  id?: string;
  kind: "PURCHASE" | "ACTIVITY";
  subject: string;
  points: string;
  dailyLimit: string;
  monthlyLimit: string;
  expiryMonths: string;
  isActive: boolean;
};

const EMPTY: TRuleValues = {
  kind: "PURCHASE",
  subject: "",
  points: "",
  dailyLimit: "",
  monthlyLimit: "",
  expiryMonths: "12",
  isActive: true,
};

/** Creates an earning rule or edits one: points per 100 ₽ of a purchase category, or per club activity. */
export function RuleForm({ initial, action }: TRecordFormProps<TRuleValues, TSaveRuleInput>) {
  const t = useTexts("loyaltyConsole.rules");
  const { values, setValues, set, run, errorOf, state, prefix } = useRecordForm({
    name: "rule",
    initial,
    empty: EMPTY,
    action,
    schema: ZSaveRule,
  });
  return (
    <ActionForm
      testId={prefix}
      title={initial ? t("edit") : t("new")}
      submit={t("save")}
      state={state}
      done={t("saved")}
      onSubmit={() => run(values)}
    >
      <FormField id={`${prefix}-kind`} label={t("kind")}>
        {(control) => (
          <Select
            {...control}
            value={values.kind}
            disabled={Boolean(initial)}
            onChange={(event) => setValues({ ...values, kind: event.target.value as TRuleValues["kind"], subject: "" })}
          >
            <option value="PURCHASE">{t("kinds.PURCHASE")}</option>
            <option value="ACTIVITY">{t("kinds.ACTIVITY")}</option>
          </Select>
        )}
      </FormField>
      {values.kind === "PURCHASE" ? (
        <FormField id={`${prefix}-subject`} label={t("category")} hint={t("categoryHint")} error={errorOf("subject")}>
          {(control) => <Input {...control} value={values.subject} onChange={set("subject")} />}
        </FormField>
      ) : (
        <FormField id={`${prefix}-subject`} label={t("activity")} error={errorOf("subject")}>
          {(control) => (
            <Select {...control} value={values.subject} onChange={set("subject")}>
              <option value="">{t("choose")}</option>
              {ACTIVITY_SUBJECTS.map((subject) => (
                <option key={subject} value={subject}>
                  {t(`activities.${subject}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      )}
      <FormField
        id={`${prefix}-points`}
        label={values.kind === "PURCHASE" ? t("pointsPer100") : t("fixedPoints")}
        error={errorOf("points")}
      >
        {(control) => <Input {...control} inputMode="numeric" value={values.points} onChange={set("points")} />}
      </FormField>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id={`${prefix}-daily`} label={t("dailyLimit")} hint={t("noLimitHint")} error={errorOf("dailyLimit")}>
          {(control) => (
            <Input {...control} inputMode="numeric" value={values.dailyLimit} onChange={set("dailyLimit")} />
          )}
        </FormField>
        <FormField
          id={`${prefix}-monthly`}
          label={t("monthlyLimit")}
          hint={t("noLimitHint")}
          error={errorOf("monthlyLimit")}
        >
          {(control) => (
            <Input {...control} inputMode="numeric" value={values.monthlyLimit} onChange={set("monthlyLimit")} />
          )}
        </FormField>
        <FormField
          id={`${prefix}-expiry`}
          label={t("expiryMonths")}
          hint={t("noExpiryHint")}
          error={errorOf("expiryMonths")}
        >
          {(control) => (
            <Input {...control} inputMode="numeric" value={values.expiryMonths} onChange={set("expiryMonths")} />
          )}
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
