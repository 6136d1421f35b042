"use client";

import { FileUploadField } from "@/components/attachments/file-upload-field";
import { TrackingNumberField } from "@/components/cases/tracking-number-field";
import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { FormField } from "@/components/ui/form-field";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { Select } from "@/components/ui/select";
import { TextCounter } from "@/components/ui/text-counter";
import { Textarea } from "@/components/ui/textarea";
import { TEXT_LIMITS } from "@/lib/cases/limits";
import type { TFileComplaint, TFileComplaintInput } from "@/lib/cases/schemas";

import { ApplicantFields } from "./applicant-fields";
import { FilingForm } from "./filing-form";
import { useFilingForm, type TFilingAction } from "./use-filing-form";

// The same schema as the server action's, loaded when the form is first used.
const { resolver, preload } = lazyZodResolver<TFileComplaintInput, TFileComplaint>(() =>
  import("@/lib/cases/schemas").then((schemas) => schemas.ZFileComplaint),
);

export function ComplaintForm({
  topics,
  action,
  idempotencyKey,
}: {
  topics: { code: string; name: string }[];
  action: TFilingAction;
  idempotencyKey: string;
}) {
  const t = useTexts("filing");
  const filing = useFilingForm<TFileComplaintInput, TFileComplaint>({
    action,
    resolver,
    defaultValues: {
      lastName: "",
      firstName: "",
      patronymic: "",
      email: "",
      phone: "",
      topic: "",
      officePostcode: "",
      trackingNumber: "",
      text: "",
      consent: false,
      website: "",
    },
    idPrefix: "complaint",
    labels: {
      lastName: t("lastName"),
      firstName: t("firstName"),
      patronymic: t("patronymic"),
      email: t("email"),
      phone: t("phone"),
      topic: t("topic"),
      officePostcode: t("office"),
      trackingNumber: t("trackingOptional"),
      text: t("text"),
      attachments: t("attachments"),
      consent: t("consentLabel"),
    },
  });
  const { form, errorOf, idOf } = filing;
  const text = form.watch("text") ?? "";

  return (
    <FilingForm
      filing={filing}
      idPrefix="complaint"
      idempotencyKey={idempotencyKey}
      preload={preload}
      submitLabel={t("submitComplaint")}
    >
      <ApplicantFields idPrefix="complaint" />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("subject")}</legend>
        <FormField id={idOf("topic")} label={t("topic")} error={errorOf("topic")}>
          {(control) => (
            <Select {...control} {...form.register("topic")}>
              <option value="">{t("topicChoose")}</option>
              {topics.map((topic) => (
                <option key={topic.code} value={topic.code}>
                  {topic.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <OfficePostcodeField
          id={idOf("officePostcode")}
          label={t("office")}
          hint={t("officeHint")}
          error={errorOf("officePostcode")}
          registration={form.register("officePostcode")}
        />
        <TrackingNumberField
          id={idOf("trackingNumber")}
          label={t("trackingOptional")}
          error={errorOf("trackingNumber")}
          registration={form.register("trackingNumber")}
        />
        <FormField
          id={idOf("text")}
          label={t("text")}
          hint={t("textHint", { max: TEXT_LIMITS.text })}
          error={errorOf("text")}
        >
          {(control) => <Textarea rows={6} {...control} {...form.register("text")} />}
        </FormField>
        <TextCounter length={text.length} max={TEXT_LIMITS.text} />
        <FileUploadField {...filing.attachments} label={t("attachments")} />
      </fieldset>
    </FilingForm>
  );
}
