"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import { ZSetPassword, type TSetPassword } from "@/lib/auth/schemas";

const FIELDS = ["password", "confirm"] as const;

/** Sets the invitee's password, then signs them in with it. */
export function SetPasswordForm({
  token,
  action,
}: {
  token: string;
  action: (input: TSetPassword) => Promise<TActionResult<{ email: string }>>;
}) {
  const t = useTexts();
  const router = useRouter();
  const [failure, setFailure] = useState<string | undefined>();
  const [isDone, setIsDone] = useState(false);
  const form = useForm<TSetPassword>({
    resolver: zodResolver(ZSetPassword),
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: { token, password: "", confirm: "" },
  });
  const { errors, errorOf, applyResult } = useFormErrors(form, "invite", FIELDS);

  const { run } = useAction(action, {
    refresh: false,
    onSuccess: (data, values) => {
      setIsDone(true);
      void signInAndGo(data.email, values.password);
    },
    onFailure: (result) => {
      setFailure(applyResult(result));
    },
  });

  async function signInAndGo(email: string, password: string) {
    const signedIn = await signIn("staff", { email, password, redirect: false });
    router.replace(signedIn?.ok && !signedIn.error ? "/console" : "/console/sign-in");
    router.refresh();
  }

  function onSubmit(values: TSetPassword) {
    setFailure(undefined);
    return run(values);
  }

  if (isDone) return <Alert tone="success">{t("invite.done")}</Alert>;

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <ErrorSummary title={t("actions.errorSummary")} message={failure} errors={errors} />
      <FormField
        id="invite-password"
        label={t("invite.password")}
        hint={t("invite.passwordHint")}
        error={errorOf("password")}
      >
        {(control) => <Input type="password" autoComplete="new-password" {...control} {...form.register("password")} />}
      </FormField>
      <FormField id="invite-confirm" label={t("invite.confirm")} error={errorOf("confirm")}>
        {(control) => <Input type="password" autoComplete="new-password" {...control} {...form.register("confirm")} />}
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {t("invite.submit")}
      </Button>
    </form>
  );
}
