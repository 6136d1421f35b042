"use client";

import type { Path } from "react-hook-form";

import { FileUploadField } from "@/components/attachments/file-upload-field";
import { TrackingNumberField } from "@/components/cases/tracking-number-field";
import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { ChoiceControl } from "@/components/ui/choice-control";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { TextControl } from "@/components/ui/text-control";
import { TEXT_LIMITS } from "@/lib/cases/limits";
import type { TFileClaim, TFileClaimInput } from "@/lib/cases/schemas";
import { ClaimProblem, ClaimWish, ItemCategory, ItemType } from "@/lib/generated/prisma/enums";

import { ApplicantFields } from "./applicant-fields";
import { FilingForm } from "./filing-form";
import { useFilingForm, type TFilingAction } from "./use-filing-form";

// The same schema as the server action's, loaded when the form is first used.
const { resolver, preload } = lazyZodResolver<TFileClaimInput, TFileClaim>(() =>
  import("@/lib/cases/schemas").then((schemas) => schemas.ZFileClaim),
);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-line p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function ClaimForm({ action, idempotencyKey }: { action: TFilingAction; idempotencyKey: string }) {
  const t = useTexts("claimForm");
  const filing = useTexts("filing");
  const claim = useFilingForm<TFileClaimInput, TFileClaim>({
    action,
    resolver,
    defaultValues: {
      direction: "DOMESTIC",
      isSameSettlement: false,
      trackingNumber: "",
      acceptanceOfficePostcode: "",
      consent: false,
      website: "",
    },
    idPrefix: "claim",
    labels: {
      filerRole: t("filerRole"),
      direction: t("direction"),
      trackingNumber: filing("tracking"),
      itemType: t("itemType"),
      itemCategory: t("itemCategory"),
      acceptedOn: t("acceptedOn"),
      acceptanceOfficePostcode: t("acceptanceOffice"),
      senderName: t("senderName"),
      senderAddress: t("senderAddress"),
      senderPostcode: t("senderPostcode"),
      addresseeName: t("addresseeName"),
      addresseeAddress: t("addresseeAddress"),
      addresseePostcode: t("addresseePostcode"),
      isSameSettlement: t("isSameSettlement"),
      declaredValue: t("declaredValue"),
      codAmount: t("codAmount"),
      contents: t("contents"),
      problem: t("problem"),
      text: t("text"),
      wish: t("wish"),
      payoutDetails: t("payoutDetails"),
      attachments: t("attachments"),
      lastName: filing("lastName"),
      firstName: filing("firstName"),
      patronymic: filing("patronymic"),
      email: filing("email"),
      phone: filing("phone"),
      consent: filing("consentLabel"),
    },
  });
  const { form, errorOf, idOf } = claim;
  /** The id, registration and translated error of a field. */
  const field = (name: Path<TFileClaimInput>) => ({
    id: idOf(name),
    registration: form.register(name),
    error: errorOf(name),
  });
  const [direction, wish] = [form.watch("direction"), form.watch("wish")];

  return (
    <FilingForm
      filing={claim}
      idPrefix="claim"
      idempotencyKey={idempotencyKey}
      preload={preload}
      submitLabel={filing("submitClaim")}
    >
      <Section title={t("itemSection")}>
        <ChoiceControl
          {...field("filerRole")}
          label={t("filerRole")}
          options={["SENDER", "ADDRESSEE"]}
          labels="claimForm.filerRoles"
        />
        <ChoiceControl
          {...field("direction")}
          label={t("direction")}
          options={["DOMESTIC", "INTERNATIONAL"]}
          labels="claimForm.directions"
        />
        <TrackingNumberField
          id={idOf("trackingNumber")}
          label={filing("tracking")}
          error={errorOf("trackingNumber")}
          registration={form.register("trackingNumber")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <ChoiceControl
            {...field("itemType")}
            label={t("itemType")}
            options={Object.values(ItemType)}
            labels="claimForm.itemTypes"
          />
          <ChoiceControl
            {...field("itemCategory")}
            label={t("itemCategory")}
            options={Object.values(ItemCategory)}
            labels="claimForm.itemCategories"
          />
        </div>
        <TextControl {...field("acceptedOn")} type="date" label={t("acceptedOn")} hint={t("acceptedOnHint")} />
        <OfficePostcodeField
          id={idOf("acceptanceOfficePostcode")}
          label={t("acceptanceOffice")}
          hint={t("acceptanceOfficeHint")}
          error={errorOf("acceptanceOfficePostcode")}
          registration={form.register("acceptanceOfficePostcode")}
        />
      </Section>
      <Section title={t("partiesSection")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextControl {...field("senderName")} label={t("senderName")} maxLength={TEXT_LIMITS.short} />
          <TextControl {...field("addresseeName")} label={t("addresseeName")} maxLength={TEXT_LIMITS.short} />
          <TextControl {...field("senderAddress")} label={t("senderAddress")} maxLength={TEXT_LIMITS.short} />
          <TextControl {...field("addresseeAddress")} label={t("addresseeAddress")} maxLength={TEXT_LIMITS.short} />
          <TextControl {...field("senderPostcode")} label={t("senderPostcode")} inputMode="numeric" maxLength={10} />
          <TextControl
            {...field("addresseePostcode")}
            label={t("addresseePostcode")}
            inputMode="numeric"
            maxLength={10}
          />
        </div>
        {direction === "DOMESTIC" ? (
          <label className="flex items-start gap-3">
            <input
              id={idOf("isSameSettlement")}
              type="checkbox"
              className="mt-1 size-5 shrink-0 accent-brand-600"
              {...form.register("isSameSettlement")}
            />
            <span>{t("isSameSettlement")}</span>
          </label>
        ) : null}
      </Section>
      <Section title={t("valueSection")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextControl {...field("declaredValue")} label={t("declaredValue")} inputMode="decimal" maxLength={20} />
          <TextControl {...field("codAmount")} label={t("codAmount")} inputMode="decimal" maxLength={20} />
        </div>
        <TextControl {...field("contents")} label={t("contents")} maxLength={TEXT_LIMITS.short} />
      </Section>
      <Section title={t("problemSection")}>
        <ChoiceControl
          {...field("problem")}
          label={t("problem")}
          options={Object.values(ClaimProblem)}
          labels="claimForm.problems"
        />
        <TextControl {...field("text")} label={t("text")} isMultiline maxLength={TEXT_LIMITS.text} />
        <ChoiceControl
          {...field("wish")}
          label={t("wish")}
          options={Object.values(ClaimWish)}
          labels="claimForm.wishes"
        />
        {wish === "COMPENSATION" ? (
          <TextControl
            {...field("payoutDetails")}
            label={t("payoutDetails")}
            hint={t("payoutDetailsHint")}
            isMultiline
            maxLength={TEXT_LIMITS.short}
          />
        ) : null}
        <FileUploadField {...claim.attachments} label={t("attachments")} />
      </Section>
      <ApplicantFields idPrefix="claim" />
    </FilingForm>
  );
}
