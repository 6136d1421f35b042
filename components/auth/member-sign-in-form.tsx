"use client";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TFormState } from "@/lib/action/form-state";
import type { TMemberSignIn } from "@/lib/auth/schemas";

// The server's own schema for the address, loaded when the form is first used.
const { resolver, preload } = lazyZodResolver<TMemberSignIn, TMemberSignIn>(() =>
  import("@/lib/auth/schemas").then((schemas) => schemas.ZMemberSignIn),
);

/**
 * Asks for an emailed sign-in link. It posts with or without scripts (useFormAction): the answer is "check
 * your email" for any well-formed address, so the page never tells who is a member.
 */
export function MemberSignInForm({
  action,
  callbackUrl,
}: {
  action: (previous: TFormState<{ sentTo: string }>, formData: FormData) => Promise<TFormState<{ sentTo: string }>>;
  callbackUrl: string;
}) {
  const t = useTexts("auth");
  const signIn = useFormAction<TMemberSignIn, TMemberSignIn, { sentTo: string }>({
    action,
    resolver,
    defaultValues: { email: "" },
    idPrefix: "member",
    labels: { email: t("email") },
  });

  if (signIn.data) {
    return (
      <Alert tone="success">
        <p className="font-semibold">{t("checkEmailTitle")}</p>
        <p>{t("checkEmailText", { email: signIn.data.sentTo })}</p>
      </Alert>
    );
  }

  return (
    <form {...signIn.formProps} onFocus={preload} className="flex flex-col gap-4">
      <ErrorSummary title={t("errorTitle")} message={signIn.failure} errors={signIn.errors} focusKey={signIn.attempt} />
      <FormField id={signIn.idOf("email")} label={t("email")} error={signIn.errorOf("email")}>
        {(control) => (
          <Input type="email" autoComplete="email" inputMode="email" {...control} {...signIn.form.register("email")} />
        )}
      </FormField>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" disabled={signIn.isPending} className="self-start">
        {signIn.isPending ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}
