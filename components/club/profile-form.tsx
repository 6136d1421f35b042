"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import { ZMemberProfile, type TMemberProfile } from "@/lib/club/schemas";

type TInput = z.input<typeof ZMemberProfile>;

export function ProfileForm({
  initial,
  action,
}: {
  initial: TInput;
  action: (input: TInput) => Promise<TActionResult<null>>;
}) {
  const t = useTexts("club");
  const tActions = useTexts("actions");
  const form = useForm<TInput, unknown, TMemberProfile>({
    resolver: zodResolver(ZMemberProfile),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { errors, idOf, applyResult } = useFormErrors(form, "profile", {
    lastName: t("join.lastName"),
    firstName: t("join.firstName"),
    phone: t("join.phone"),
    region: t("join.region"),
    city: t("join.city"),
  });
  const [failure, setFailure] = useState<string>();
  const {
    run,
    isDone: isSaved,
    reset,
  } = useAction(action, { refresh: false, onFailure: (result) => setFailure(applyResult(result)) });

  function onSubmit() {
    setFailure(undefined);
    reset();
    return run(form.getValues());
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="flex flex-col gap-4">
        <ErrorSummary title={tActions("errorSummary")} message={failure} errors={errors} />
        <TextField id={idOf("lastName")} name="lastName" label={`${t("join.lastName")} *`} maxLength={100} />
        <TextField id={idOf("firstName")} name="firstName" label={`${t("join.firstName")} *`} maxLength={100} />
        <TextField id={idOf("phone")} name="phone" label={t("join.phone")} maxLength={30} />
        <TextField id={idOf("region")} name="region" label={t("join.region")} maxLength={100} />
        <TextField id={idOf("city")} name="city" label={t("join.city")} maxLength={100} />
        {isSaved ? <Alert tone="success">{t("account.saved")}</Alert> : null}
        <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
          {t("account.save")}
        </Button>
      </form>
    </FormProvider>
  );
}
