"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TCheckInInput } from "@/lib/events/schemas";

/** Staff type the code a member shows at the door; the member is marked present. */
export function CheckInForm({
  eventId,
  action,
}: {
  eventId: string;
  action: (input: TCheckInInput) => Promise<TActionResult<{ name: string; points: number }>>;
}) {
  const t = useTexts("events.console");
  const [code, setCode] = useState("");
  const { run, errorOf, forget, ...state } = useAction(action, { onSuccess: () => setCode("") });
  return (
    <ActionForm
      testId="check-in"
      title={t("checkIn")}
      submit={t("checkIn")}
      state={state}
      done={state.data ? t("checkedIn", { name: state.data.name }) : undefined}
      onSubmit={() => run({ eventId, code })}
    >
      <FormField id="check-in-code" label={t("code")} hint={t("checkInHint")} error={errorOf("code")}>
        {(control) => (
          <Input
            {...control}
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={12}
            onChange={(event) => {
              setCode(event.target.value);
              forget(["code"]);
            }}
          />
        )}
      </FormField>
    </ActionForm>
  );
}
