"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import type { TIssuedApiKey } from "@/lib/api-keys/issue-api-key";
import { ZIssueApiKey, type TIssueApiKey, type TIssueApiKeyInput } from "@/lib/api-keys/schemas";
import { API_SCOPES } from "@/lib/api-keys/scopes";

import { IssuedApiKey } from "./issued-api-key";

export function IssueApiKeyForm({
  action,
}: {
  action: (input: TIssueApiKeyInput) => Promise<TActionResult<TIssuedApiKey>>;
}) {
  const t = useTexts();
  const [issued, setIssued] = useState<TIssuedApiKey | null>(null);
  const [failure, setFailure] = useState<string>();
  const form = useForm<TIssueApiKeyInput, unknown, TIssueApiKey>({
    resolver: zodResolver(ZIssueApiKey),
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: { name: "", scopes: ["cases:write"] },
  });
  const {
    errors,
    errorOf,
    idOf: fieldId,
    applyResult,
  } = useFormErrors(form, "api-key", {
    name: t("apiKeys.name"),
    scopes: t("apiKeys.scopes"),
  });

  const { run } = useAction(action, {
    refresh: false,
    onSuccess: (data) => {
      setIssued(data);
      form.reset({ name: "", scopes: ["cases:write"] });
    },
    onFailure: (response) => {
      setFailure(applyResult(response));
    },
  });

  function onSubmit() {
    setFailure(undefined);
    setIssued(null);
    return run(form.getValues());
  }

  return (
    <div className="flex flex-col gap-4">
      {issued ? <IssuedApiKey name={issued.name} apiKey={issued.key} /> : null}
      <form
        noValidate
        onSubmit={form.handleSubmit(onSubmit)}
        className="flex flex-col gap-4 rounded-xl border border-line p-5"
      >
        <h2 className="text-xl font-semibold">{t("apiKeys.issue")}</h2>
        <ErrorSummary title={t("actions.errorSummary")} errors={errors} />
        <ActionOutcome failure={failure} />
        <FormField id={fieldId("name")} label={t("apiKeys.name")} hint={t("apiKeys.nameHint")} error={errorOf("name")}>
          {(control) => <Input autoComplete="off" {...control} {...form.register("name")} />}
        </FormField>
        <fieldset
          id={fieldId("scopes")}
          tabIndex={-1}
          aria-describedby={errorOf("scopes") ? fieldErrorId(fieldId("scopes")) : undefined}
          className="flex flex-col gap-2"
        >
          <legend className="mb-1 font-medium">{t("apiKeys.scopes")}</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" value={scope} className="size-5" {...form.register("scopes")} />
              {t(`apiKeys.scope.${scope.replace(":", "_")}`)}
            </label>
          ))}
          <FieldError id={fieldId("scopes")} message={errorOf("scopes")} />
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
          {t("apiKeys.submit")}
        </Button>
      </form>
    </div>
  );
}
