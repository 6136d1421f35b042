"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import { ZStaffSignIn, type TStaffSignIn } from "@/lib/auth/schemas";

const FIELDS = ["email", "password", "totp"] as const;

/** Turns the server's failure code ("LOCKED:900", see staffFailureCode) into a sentence. */
function useFailureText() {
  const t = useTexts("auth");
  return (code: string): string => {
    const [reason, seconds] = code.split(":");
    const minutes = Math.max(1, Math.ceil(Number(seconds) / 60));
    switch (reason) {
      case "LOCKED":
        return t("locked", { minutes });
      case "ACCOUNT_LOCKED":
        return t("accountLocked", { minutes });
      case "RATE_LIMITED":
        return t("rateLimited", { minutes });
      case "TOTP_REQUIRED":
        return t("totpRequired");
      case "TOTP_INVALID":
        return t("failedTotp");
      case "DISABLED":
        return t("disabled");
      default:
        return t("failedCredentials");
    }
  };
}

export function StaffSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTexts("auth");
  const translate = useTranslatedError();
  const failureText = useFailureText();
  const router = useRouter();
  const [failure, setFailure] = useState<string | undefined>();
  const form = useForm<TStaffSignIn>({
    resolver: zodResolver(ZStaffSignIn),
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: { email: "", password: "", totp: "" },
  });
  const errors = FIELDS.flatMap((field) => {
    const message = translate(form.formState.errors[field]?.message);
    return message ? [{ fieldId: `staff-${field}`, message }] : [];
  });
  const errorOf = (field: (typeof FIELDS)[number]) => errors.find((e) => e.fieldId === `staff-${field}`)?.message;

  async function onSubmit(values: TStaffSignIn) {
    setFailure(undefined);
    const result = await signIn("staff", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setFailure(failureText(result?.error ?? "INVALID"));
    form.setValue("password", "");
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <ErrorSummary title={t("errorTitle")} message={failure} errors={errors} />
      <FormField id="staff-email" label={t("email")} error={errorOf("email")}>
        {(control) => <Input type="email" autoComplete="username" {...control} {...form.register("email")} />}
      </FormField>
      <FormField id="staff-password" label={t("password")} error={errorOf("password")}>
        {(control) => (
          <Input type="password" autoComplete="current-password" {...control} {...form.register("password")} />
        )}
      </FormField>
      <FormField id="staff-totp" label={t("totp")} hint={t("totpHint")} error={errorOf("totp")}>
        {(control) => (
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            {...control}
            {...form.register("totp")}
          />
        )}
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {form.formState.isSubmitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
