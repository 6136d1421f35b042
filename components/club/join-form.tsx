"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { TextField } from "@/components/ui/text-field";
import { useAction } from "@/components/ui/use-action";
import { useFormErrors } from "@/components/ui/use-form-errors";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSubmitResult } from "@/lib/club/membership";
import {
  AGE_BANDS,
  CLUB_INTERESTS,
  CLUB_SERVICES,
  USAGE_FREQUENCIES,
  ZMembershipQuestionnaire,
  type TMembershipQuestionnaire,
  type TMembershipQuestionnaireInput,
} from "@/lib/club/schemas";

const FIELDS = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "region",
  "city",
  "ageBand",
  "parentName",
  "parentConsent",
  "usageFrequency",
  "services",
  "preferredOfficePostcode",
  "interests",
  "ideas",
  "readyToInteract",
  "dataConsent",
] as const;

export function JoinForm({
  action,
}: {
  action: (input: TMembershipQuestionnaireInput) => Promise<TActionResult<TSubmitResult>>;
}) {
  const t = useTexts("club.join");
  const tActions = useTexts("actions");
  const form = useForm<TMembershipQuestionnaireInput, unknown, TMembershipQuestionnaire>({
    resolver: zodResolver(ZMembershipQuestionnaire),
    shouldFocusError: false,
    defaultValues: {
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      region: "",
      city: "",
      preferredOfficePostcode: "",
      services: [],
      interests: [],
      ideas: "",
      parentName: "",
      parentConsent: false,
      newsConsent: false,
      website: "",
    },
  });
  const { errors, errorOf, idOf, applyResult } = useFormErrors(form, "join", FIELDS);
  const [failure, setFailure] = useState<string>();
  const { run, data } = useAction(action, { refresh: false, onFailure: (result) => setFailure(applyResult(result)) });
  const outcome = data?.outcome;
  const ageBand = useWatch({ control: form.control, name: "ageBand" });

  function onSubmit() {
    setFailure(undefined);
    return run(form.getValues());
  }

  if (outcome) {
    return (
      <Alert tone="success">
        <h2 className="mb-1 text-lg font-semibold">{outcome === "pending" ? t("pendingTitle") : t("feedbackTitle")}</h2>
        <p>{outcome === "pending" ? t("pendingText") : t("feedbackText")}</p>
      </Alert>
    );
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="relative flex flex-col gap-6">
        <ErrorSummary title={tActions("errorSummary")} message={failure} errors={errors} />
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("aboutYou")}</legend>
          <TextField id={idOf("firstName")} name="firstName" label={`${t("firstName")} *`} maxLength={100} />
          <TextField id={idOf("lastName")} name="lastName" label={`${t("lastName")} *`} maxLength={100} />
          <TextField id={idOf("email")} name="email" label={`${t("email")} *`} hint={t("emailHint")} maxLength={254} />
          <TextField id={idOf("phone")} name="phone" label={t("phone")} maxLength={30} />
          <TextField id={idOf("region")} name="region" label={t("region")} maxLength={100} />
          <TextField id={idOf("city")} name="city" label={t("city")} maxLength={100} />
          <ChoiceField
            id={idOf("ageBand")}
            name="ageBand"
            label={`${t("ageBand")} *`}
            options={AGE_BANDS}
            labels="club.join.ageBands"
          />
        </fieldset>

        {ageBand === "UNDER_14" ? (
          <fieldset className="flex flex-col gap-4 rounded-lg border-2 border-brand-600 p-4">
            <legend className="px-1 text-lg font-semibold">{t("parent")}</legend>
            <p>{t("parentText")}</p>
            <TextField id={idOf("parentName")} name="parentName" label={`${t("parentName")} *`} maxLength={200} />
            <CheckboxField
              id={idOf("parentConsent")}
              registration={form.register("parentConsent")}
              label={t("parentConsent")}
              error={errorOf("parentConsent")}
            />
          </fieldset>
        ) : null}

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">{t("usage")}</legend>
          <ChoiceField
            id={idOf("usageFrequency")}
            name="usageFrequency"
            label={`${t("usageFrequency")} *`}
            options={USAGE_FREQUENCIES}
            labels="club.join.frequencies"
          />
          <fieldset className="flex flex-col gap-2" id={idOf("services")} tabIndex={-1}>
            <legend className="mb-1 font-medium">{t("services")}</legend>
            {CLUB_SERVICES.map((code) => (
              <CheckboxField
                key={code}
                id={`join-service-${code}`}
                registration={form.register("services")}
                value={code}
                label={t(`serviceNames.${code}`)}
              />
            ))}
          </fieldset>
          <OfficePostcodeField
            id={idOf("preferredOfficePostcode")}
            label={t("office")}
            error={errorOf("preferredOfficePostcode")}
            registration={form.register("preferredOfficePostcode")}
          />
          <fieldset className="flex flex-col gap-2" id={idOf("interests")} tabIndex={-1}>
            <legend className="mb-1 font-medium">{t("interests")}</legend>
            {CLUB_INTERESTS.map((code) => (
              <CheckboxField
                key={code}
                id={`join-interest-${code}`}
                registration={form.register("interests")}
                value={code}
                label={t(`interestNames.${code}`)}
              />
            ))}
          </fieldset>
          <TextField id={idOf("ideas")} name="ideas" label={t("ideas")} isMultiline maxLength={5000} />
        </fieldset>

        <fieldset
          className="flex flex-col gap-2"
          id={idOf("readyToInteract")}
          tabIndex={-1}
          aria-describedby={`${idOf("readyToInteract")}-hint${errorOf("readyToInteract") ? ` ${fieldErrorId(idOf("readyToInteract"))}` : ""}`}
        >
          <legend className="mb-1 text-lg font-semibold">{t("ready")} *</legend>
          <p id={`${idOf("readyToInteract")}-hint`} className="text-sm text-muted">
            {t("readyHint")}
          </p>
          {(["yes", "no"] as const).map((value) => (
            <div key={value} className="flex items-center gap-3">
              <input
                id={`join-ready-${value}`}
                type="radio"
                value={value}
                className="size-5 accent-brand-600"
                {...form.register("readyToInteract")}
              />
              <label htmlFor={`join-ready-${value}`}>{t(value)}</label>
            </div>
          ))}
          <FieldError id={idOf("readyToInteract")} message={errorOf("readyToInteract")} />
        </fieldset>

        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-lg font-semibold">{t("consents")}</legend>
          <CheckboxField
            id={idOf("dataConsent")}
            registration={form.register("dataConsent")}
            error={errorOf("dataConsent")}
            label={
              <>
                {t("dataConsent")} *{" "}
                <Link href="/privacy" target="_blank" className="text-brand-700 underline">
                  {t("policyLink")}
                </Link>
              </>
            }
          />
          <CheckboxField id="join-newsConsent" registration={form.register("newsConsent")} label={t("newsConsent")} />
        </fieldset>
        <HoneypotField registration={form.register("website")} />
        <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
          {t("submit")}
        </Button>
      </form>
    </FormProvider>
  );
}
