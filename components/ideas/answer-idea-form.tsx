"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { IDEA_STATUSES, type TAnswerIdeaInput } from "@/lib/ideas/schemas";

type TStatus = TAnswerIdeaInput["status"];

/** Staff set an idea's status with a public answer; the author gets it by email. */
export function AnswerIdeaForm({
  ideaId,
  status,
  publicAnswer,
  action,
}: {
  ideaId: string;
  status: TStatus;
  publicAnswer: string;
  action: (input: TAnswerIdeaInput) => Promise<TActionResult<{ id: string; points: number }>>;
}) {
  const t = useTexts("ideas");
  const [values, setValues] = useState({ status, publicAnswer });
  const { run, errorOf, forget, ...state } = useAction(action);
  const prefix = `answer-${ideaId}`;
  return (
    <ActionForm
      testId={prefix}
      title={t("console.answerHeading")}
      submit={t("console.save")}
      state={state}
      done={t("console.saved")}
      onSubmit={() => run({ ideaId, ...values })}
    >
      <FormField id={`${prefix}-status`} label={t("console.status")} error={errorOf("status")}>
        {(control) => (
          <Select
            {...control}
            value={values.status}
            onChange={(event) => {
              setValues({ ...values, status: event.target.value as TStatus });
              forget(["status"]);
            }}
          >
            {IDEA_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id={`${prefix}-answer`} label={t("console.publicAnswer")} error={errorOf("publicAnswer")}>
        {(control) => (
          <Textarea
            {...control}
            value={values.publicAnswer}
            maxLength={4000}
            onChange={(event) => {
              setValues({ ...values, publicAnswer: event.target.value });
              forget(["publicAnswer"]);
            }}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
