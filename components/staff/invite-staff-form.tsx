"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import { isOfficeBound } from "@/lib/auth/permissions";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { ZInviteStaff } from "@/lib/staff/schemas";

type TForm = z.input<typeof ZInviteStaff>;

export function InviteStaffForm({
  action,
}: {
  action: (input: TForm) => Promise<TActionResult<{ id: string; email: string }>>;
}) {
  const t = useTexts();
  const { locale } = t;
  const [result, setResult] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const form = useForm<TForm, unknown, z.output<typeof ZInviteStaff>>({
    resolver: zodResolver(ZInviteStaff),
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: {
      name: "",
      email: "",
      role: StaffRole.OPERATOR,
      offices: "",
      locale: locale === "en" ? "en" : "ru",
    },
  });
  const role = useWatch({ control: form.control, name: "role" });
  // In the form's order, with their labels: the error summary names each field.
  const { errors, errorOf, applyResult } = useFormErrors(form, "invite", {
    name: t("staff.name"),
    email: t("staff.email"),
    role: t("staff.role"),
    offices: t("staff.offices"),
    locale: t("staff.language"),
  });

  const { run } = useAction(action, {
    refresh: false,
    onSuccess: (data) => {
      setResult({ tone: "success", text: t("staff.invited", { email: data.email }) });
      form.reset({ ...form.getValues(), name: "", email: "", offices: "" });
    },
    onFailure: (response) => {
      const message = applyResult(response);
      if (message) setResult({ tone: "danger", text: message });
    },
  });

  function onSubmit() {
    setResult(null);
    return run(form.getValues());
  }

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onSubmit)}
      className="flex flex-col gap-4 rounded-xl border border-line p-5"
    >
      <h2 className="text-xl font-semibold">{t("staff.invite")}</h2>
      <ErrorSummary title={t("actions.errorSummary")} errors={errors} />
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="invite-name" label={t("staff.name")} error={errorOf("name")}>
          {(control) => <Input autoComplete="off" {...control} {...form.register("name")} />}
        </FormField>
        <FormField id="invite-email" label={t("staff.email")} error={errorOf("email")}>
          {(control) => <Input type="email" autoComplete="off" {...control} {...form.register("email")} />}
        </FormField>
        <FormField id="invite-role" label={t("staff.role")} error={errorOf("role")}>
          {(control) => (
            <Select {...control} {...form.register("role")}>
              {Object.values(StaffRole).map((value) => (
                <option key={value} value={value}>
                  {t(`roles.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="invite-locale" label={t("staff.language")} error={errorOf("locale")}>
          {(control) => (
            <Select {...control} {...form.register("locale")}>
              <option value="ru">Русский</option>
              <option value="en">English</option>
            </Select>
          )}
        </FormField>
        {isOfficeBound(role) ? (
          <FormField
            id="invite-offices"
            label={t("staff.offices")}
            hint={t("staff.officesHint")}
            error={errorOf("offices")}
          >
            {(control) => <Input inputMode="numeric" {...control} {...form.register("offices")} />}
          </FormField>
        ) : null}
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {t("staff.send")}
      </Button>
    </form>
  );
}
