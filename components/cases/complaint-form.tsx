"use client";

import { FileUploadField } from "@/components/attachments/file-upload-field";
import { TrackingNumberField } from "@/components/cases/tracking-number-field";
import { useTexts } from "@/components/i18n/texts";
import { OfficePostcodeField } from "@/components/offices/office-postcode-field";
import { FormField } from "@/components/ui/form-field";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useLightForm } from "@/components/ui/use-light-form";
import type { TActionResult } from "@/lib/action/action-result";
import { TEXT_LIMITS } from "@/lib/cases/limits";
import type { TReceipt } from "@/lib/cases/receipt";
import type { TFileComplaint, TFileComplaintInput } from "@/lib/cases/schemas";

import { ApplicantFields } from "./applicant-fields";
import { FilingForm } from "./filing-form";
import { useFilingForm } from "./use-filing-form";

// The same schema as the server action's, loaded when the form is first used.
const { resolver, preload } = lazyZodResolver<TFileComplaintInput, TFileComplaint>(() =>
  import("@/lib/cases/schemas").then((schemas) => schemas.ZFileComplaint),
);

const FIELDS = [
  "lastName",
  "firstName",
  "patronymic",
  "email",
  "phone",
  "topic",
  "officePostcode",
  "trackingNumber",
  "text",
  "consent",
] as const;

export function ComplaintForm({
  topics,
  action,
}: {
  topics: { code: string; name: string }[];
  action: (formData: FormData) => Promise<TActionResult<TReceipt>>;
}) {
  const t = useTexts("filing");
  const form = useLightForm<TFileComplaintInput, TFileComplaint>({
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
      website: "",
    },
  });
  const { errorOf, idOf, attachments, frame } = useFilingForm(form, { idPrefix: "complaint", fields: FIELDS, action });
  const text = form.watch("text") ?? "";

  return (
    <FilingForm form={form} frame={frame} preload={preload} submitLabel={t("submitComplaint")}>
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
          {(control) => <Textarea rows={6} maxLength={TEXT_LIMITS.text} {...control} {...form.register("text")} />}
        </FormField>
        <p className="text-right text-sm text-muted" aria-live="polite">
          {t("charactersLeft", { count: TEXT_LIMITS.text - text.length })}
        </p>
        <FileUploadField {...attachments} label={t("attachments")} />
      </fieldset>
    </FilingForm>
  );
}
