"use client";

import { clsx } from "clsx";

import { useTexts } from "@/components/i18n/texts";
import { useDebouncedValue, useOfficeLookup } from "@/components/offices/use-office-lookup";
import { useWatchedInput, type TWatchedInputProps } from "@/components/offices/use-watched-input";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { recognizeTrackingNumber, type TTrackingRecognition } from "@/lib/tracking/recognize-tracking-number";

type TTone = "neutral" | "success" | "warning" | "danger";

const TONE_CLASS: Record<TTone, string> = {
  neutral: "text-muted",
  success: "text-green-800",
  warning: "text-amber-800",
  danger: "font-medium text-danger",
};

type TLine = { tone: TTone; text: string };

export type TTrackingNumberFieldProps = TWatchedInputProps & {
  id?: string;
  label?: string;
  hint?: string;
  /** The form's error for this field, already translated. */
  error?: string;
};

/**
 * The tracking number input of the complaint and claim forms. As the user types it says which kind of number
 * it is and, for a domestic one, which office accepted the item — before they submit. Works with
 * react-hook-form (registration={register(...)}, or its props spread) or as a controlled input.
 */
export function TrackingNumberField({
  id = "tracking-number",
  label,
  hint,
  error,
  ...props
}: TTrackingNumberFieldProps) {
  const t = useTexts("tracking");
  const { value, inputProps } = useWatchedInput(props);
  const recognition = recognizeTrackingNumber(useDebouncedValue(value, 250));
  const lookup = useOfficeLookup(recognition.kind === "DOMESTIC" ? recognition.officePostcode : null, 0);

  function domesticLines(recognized: Extract<TTrackingRecognition, { kind: "DOMESTIC" }>): TLine[] {
    const { officePostcode: postcode } = recognized;
    const office: TLine =
      lookup.status === "found"
        ? { tone: "success", text: t("domestic", { postcode, office: lookup.office.name }) }
        : lookup.status === "notFound"
          ? { tone: "warning", text: t("domesticUnknownOffice", { postcode }) }
          : { tone: "neutral", text: t("domesticPending", { postcode }) };
    return recognized.isCheckDigitValid ? [office] : [office, { tone: "warning", text: t("domesticCheckDigit") }];
  }

  const recognized: TLine[] =
    recognition.kind === "EMPTY"
      ? []
      : recognition.kind === "S10"
        ? [
            recognition.isCheckDigitValid
              ? { tone: "success", text: t("s10", { country: recognition.countryCode }) }
              : { tone: "danger", text: t("s10CheckDigit") },
          ]
        : recognition.kind === "DOMESTIC"
          ? domesticLines(recognition)
          : recognition.reason === "INCOMPLETE"
            ? [{ tone: "neutral", text: t("incompleteHint") }]
            : [{ tone: "warning", text: t("notPostal") }];
  // The form's error says what is wrong with the number; a warning beneath it would say it twice.
  const lines = error ? recognized.filter((line) => line.tone === "neutral" || line.tone === "success") : recognized;

  return (
    <FormField id={id} label={label ?? t("label")} hint={hint ?? t("hint")} error={error}>
      {(control) => (
        <>
          <Input
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...control}
            aria-describedby={[control["aria-describedby"], `${id}-recognition`].filter(Boolean).join(" ")}
            {...inputProps}
          />
          {/* Always rendered, so screen readers announce each change of its text. */}
          <div
            id={`${id}-recognition`}
            aria-live="polite"
            data-testid="tracking-recognition"
            data-kind={recognition.kind}
            data-reason={recognition.kind === "UNKNOWN" ? recognition.reason : undefined}
            className="text-sm"
          >
            {lines.map((line) => (
              <p key={line.text} className={clsx(TONE_CLASS[line.tone])}>
                {line.text}
              </p>
            ))}
          </div>
        </>
      )}
    </FormField>
  );
}
