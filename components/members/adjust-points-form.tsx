"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import { ZAdjustPoints } from "@/lib/loyalty/schemas";

type TAdjustInput = { memberId: string; points: number; reason: string };

/** Adds or takes away points by hand, always with a reason; a deduction never goes below zero. */
export function AdjustPointsForm({
  memberId,
  action,
}: {
  memberId: string;
  action: (input: TAdjustInput) => Promise<TActionResult<{ balance: number }>>;
}) {
  const t = useTexts("members.adjust");
  const translate = useTranslatedError();
  const [points, setPoints] = useState("");
  const [reason, setReason] = useState("");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { run, errorOf, forget, ...state } = useAction(action, {
    onSuccess: () => {
      setPoints("");
      setReason("");
    },
  });

  /** A changed field has answered its error: the next send says again if it is still wrong. */
  function changed(field: "points" | "reason") {
    setClientErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([name]) => name !== field)));
    forget([field]);
  }

  function onSubmit() {
    const input = { memberId, points: /^[-+]?\d+$/.test(points.trim()) ? Number(points.trim()) : Number.NaN, reason };
    const parsed = ZAdjustPoints.safeParse(input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      setClientErrors(errors);
      return;
    }
    setClientErrors({});
    run(parsed.data);
  }

  return (
    <ActionForm
      testId="adjust-points"
      title={t("title")}
      submit={t("submit")}
      state={state}
      done={state.data ? t("done", { balance: state.data.balance }) : undefined}
      onSubmit={onSubmit}
    >
      <FormField
        id="adjust-points"
        label={t("points")}
        hint={t("pointsHint")}
        error={translate(clientErrors.points) ?? errorOf("points")}
      >
        {(control) => (
          <Input
            {...control}
            inputMode="numeric"
            value={points}
            onChange={(event) => {
              setPoints(event.target.value);
              changed("points");
            }}
          />
        )}
      </FormField>
      <FormField
        id="adjust-reason"
        label={t("reason")}
        hint={t("reasonHint")}
        error={translate(clientErrors.reason) ?? errorOf("reason")}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              changed("reason");
            }}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
