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
import { SERVICE_AREAS, type TProposeIdeaInput } from "@/lib/ideas/schemas";

const EMPTY = { title: "", body: "", area: "" };

/** A member proposes an improvement in one area. */
export function ProposeIdeaForm({
  action,
}: {
  action: (input: TProposeIdeaInput) => Promise<TActionResult<{ id: string }>>;
}) {
  const t = useTexts("ideas");
  const [values, setValues] = useState(EMPTY);
  const { run, errorOf, ...state } = useAction(action, { onSuccess: () => setValues(EMPTY) });
  return (
    <ActionForm
      testId="propose-idea"
      headingLevel={2}
      title={t("propose.heading")}
      submit={t("propose.submit")}
      state={state}
      done={t("propose.done")}
      onSubmit={() => run({ ...values, area: values.area as TProposeIdeaInput["area"] })}
    >
      <FormField id="idea-area" label={t("propose.area")} error={errorOf("area")}>
        {(control) => (
          <Select
            {...control}
            value={values.area}
            onChange={(event) => setValues({ ...values, area: event.target.value })}
          >
            <option value="">{t("propose.chooseArea")}</option>
            {SERVICE_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`areas.${area}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="idea-title" label={t("propose.title")} error={errorOf("title")}>
        {(control) => (
          <Input
            {...control}
            value={values.title}
            maxLength={200}
            onChange={(event) => setValues({ ...values, title: event.target.value })}
          />
        )}
      </FormField>
      <FormField id="idea-body" label={t("propose.body")} error={errorOf("body")}>
        {(control) => (
          <Textarea
            {...control}
            value={values.body}
            maxLength={4000}
            onChange={(event) => setValues({ ...values, body: event.target.value })}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
