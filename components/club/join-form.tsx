"use client";

import Link from "next/link";
import { useRef } from "react";
import type { Resolver } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ChoiceControl } from "@/components/ui/choice-control";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { TextControl } from "@/components/ui/text-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { formValues } from "@/lib/action/form-fields";
import type { TFormState } from "@/lib/action/form-state";
import { QUESTIONNAIRE_LIMITS } from "@/lib/club/limits";
import type { TSubmitResult } from "@/lib/club/membership";
import {
  AGE_BANDS,
  QUESTIONNAIRE_GROUPS,
  USAGE_FREQUENCIES,
  type TMembershipQuestionnaire,
  type TMembershipQuestionnaireInput,
} from "@/lib/club/schemas";

import { BoxGroup, ReadyQuestion } from "./join-choices";

type TInput = TMembershipQuestionnaireInput;

// The same schema as the server action's, loaded when the form is first used.
const { resolver: checkValues, preload } = lazyZodResolver<TInput, TMembershipQuestionnaire>(() =>
  import("@/lib/club/schemas").then((schemas) => schemas.ZMembershipQuestionnaire),
);
const GROUPS = Object.keys(QUESTIONNAIRE_GROUPS) as (keyof typeof QUESTIONNAIRE_GROUPS)[];

/**
 * The club's membership questionnaire. It posts with or without scripts (useFormAction): without them the
 * page comes back with the answer, or with the errors beside what was typed.
 */
export function JoinForm({
  action,
}: {
  action: (previous: TFormState<TSubmitResult>, formData: FormData) => Promise<TFormState<TSubmitResult>>;
}) {
  const t = useTexts("club.join");
  const tActions = useTexts("actions");
  const formRef = useRef<HTMLFormElement>(null);
  // The form is checked as the server reads it: what it would post (the radios and the groups of
  // checkboxes are the browser's own), through the server's schema.
  const resolver: Resolver<TInput, unknown, TMembershipQuestionnaire> = (values, context, options) =>
    checkValues(
      formRef.current ? (formValues(new FormData(formRef.current), GROUPS) as unknown as TInput) : values,
      context,
      options,
    );
  const join = useFormAction<TInput, TMembershipQuestionnaire, TSubmitResult>({
    action,
    resolver,
    defaultValues: {
      lastName: "",
      firstName: "",
      email: "",
      phone: "",
      region: "",
      city: "",
      preferredOfficePostcode: "",
      ideas: "",
      parentName: "",
      parentConsent: false,
      dataConsent: false,
      newsConsent: false,
      website: "",
    },
    idPrefix: "join",
    labels: {
      lastName: t("lastName"),
      firstName: t("firstName"),
      email: t("email"),
      phone: t("phone"),
      region: t("region"),
      city: t("city"),
      ageBand: t("ageBand"),
      parentName: t("parentName"),
      parentConsent: t("parent"),
      usageFrequency: t("usageFrequency"),
      services: t("services"),
      preferredOfficePostcode: t("office"),
      interests: t("interests"),
      ideas: t("ideas"),
      readyToInteract: t("ready"),
      dataConsent: t("dataConsentLabel"),
    },
  });
  const { form, errorOf, idOf, kept } = join;
  const text = (field: "lastName" | "firstName" | "email" | "phone" | "region" | "city" | "parentName" | "ideas") => ({
    id: idOf(field),
    registration: form.register(field),
    error: errorOf(field),
  });
  const choice = (field: "ageBand" | "usageFrequency") => ({
    id: idOf(field),
    registration: form.register(field),
    error: errorOf(field),
  });

  if (join.data) {
    const isPending = join.data.outcome === "pending";
    return (
      <Alert tone="success">
        <h2 className="mb-1 text-lg font-semibold">{isPending ? t("pendingTitle") : t("feedbackTitle")}</h2>
        <p>{isPending ? t("pendingText") : t("feedbackText")}</p>
      </Alert>
    );
  }

  return (
    <form ref={formRef} {...join.formProps} onFocus={preload} className="relative flex flex-col gap-6">
      <ErrorSummary
        title={tActions("errorSummary")}
        message={join.failure}
        errors={join.errors}
        focusKey={join.attempt}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("aboutYou")}</legend>
        <TextControl {...text("lastName")} label={`${t("lastName")} *`} maxLength={QUESTIONNAIRE_LIMITS.name} />
        <TextControl {...text("firstName")} label={`${t("firstName")} *`} maxLength={QUESTIONNAIRE_LIMITS.name} />
        <TextControl {...text("email")} label={`${t("email")} *`} hint={t("emailHint")} maxLength={254} />
        <TextControl {...text("phone")} label={t("phone")} maxLength={30} />
        <TextControl {...text("region")} label={t("region")} maxLength={QUESTIONNAIRE_LIMITS.place} />
        <TextControl {...text("city")} label={t("city")} maxLength={QUESTIONNAIRE_LIMITS.place} />
        <ChoiceControl
          {...choice("ageBand")}
          label={`${t("ageBand")} *`}
          options={AGE_BANDS}
          labels="club.join.ageBands"
        />
      </fieldset>

      {/* Shown once the age is chosen with scripts; without them, when the server asks for it. */}
      {form.watch("ageBand") === "UNDER_14" ? (
        <fieldset className="flex flex-col gap-4 rounded-lg border-2 border-brand-600 p-4">
          <legend className="px-1 text-lg font-semibold">{t("parent")}</legend>
          <p>{t("parentText")}</p>
          <TextControl
            {...text("parentName")}
            label={`${t("parentName")} *`}
            maxLength={QUESTIONNAIRE_LIMITS.parentName}
          />
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
        <ChoiceControl
          {...choice("usageFrequency")}
          label={`${t("usageFrequency")} *`}
          options={USAGE_FREQUENCIES}
          labels="club.join.frequencies"
        />
        <BoxGroup
          id={idOf("services")}
          name="services"
          legend={t("services")}
          boxes={QUESTIONNAIRE_GROUPS.services}
          labels="serviceNames"
          ticked={kept.services}
        />
        <OfficePostcodeField
          id={idOf("preferredOfficePostcode")}
          label={t("office")}
          error={errorOf("preferredOfficePostcode")}
          registration={form.register("preferredOfficePostcode")}
        />
        <BoxGroup
          id={idOf("interests")}
          name="interests"
          legend={t("interests")}
          boxes={QUESTIONNAIRE_GROUPS.interests}
          labels="interestNames"
          ticked={kept.interests}
        />
        <TextControl {...text("ideas")} label={t("ideas")} isMultiline maxLength={QUESTIONNAIRE_LIMITS.ideas} />
      </fieldset>

      <ReadyQuestion
        id={idOf("readyToInteract")}
        chosen={kept.readyToInteract}
        error={errorOf("readyToInteract")}
        onChoose={() => form.clearError("readyToInteract")}
      />

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
      <Button type="submit" disabled={join.isPending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
