"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import { ZMemberSignIn, type TMemberSignIn } from "@/lib/auth/schemas";

export function MemberSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTexts("auth");
  const translate = useTranslatedError();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | undefined>();
  const form = useForm<TMemberSignIn>({
    resolver: zodResolver(ZMemberSignIn),
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: { email: "" },
  });
  const emailError = translate(form.formState.errors.email?.message);

  async function onSubmit(values: TMemberSignIn) {
    setFailure(undefined);
    const result = await signIn("email", { email: values.email, callbackUrl, redirect: false });
    if (result?.ok) setSentTo(values.email);
    else setFailure(t("errorEmailSignin"));
  }

  if (sentTo) {
    return (
      <Alert tone="success">
        <p className="font-semibold">{t("checkEmailTitle")}</p>
        <p>{t("checkEmailText", { email: sentTo })}</p>
      </Alert>
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <ErrorSummary
        title={t("errorTitle")}
        message={failure}
        errors={emailError ? [{ fieldId: "member-email", message: emailError }] : []}
      />
      <FormField id="member-email" label={t("email")} error={emailError}>
        {(control) => (
          <Input type="email" autoComplete="email" inputMode="email" {...control} {...form.register("email")} />
        )}
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {form.formState.isSubmitting ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}
