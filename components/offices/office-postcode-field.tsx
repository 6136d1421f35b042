"use client";

import { clsx } from "clsx";

import { useTexts } from "@/components/i18n/texts";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

import { useOfficeLookup } from "./use-office-lookup";
import { useWatchedInput, type TWatchedInputProps } from "./use-watched-input";

export type TOfficePostcodeFieldProps = TWatchedInputProps & {
  id?: string;
  label?: string;
  hint?: string;
  /** The form's error for this field, already translated. */
  error?: string;
};

/**
 * A postal office by its 6-digit postcode, named from the directory as the user types, so they see at once
 * whether they have the right office. Works with react-hook-form (registration={register(...)}, or its props
 * spread) or as a controlled input.
 */
export function OfficePostcodeField({
  id = "office-postcode",
  label,
  hint,
  error,
  ...props
}: TOfficePostcodeFieldProps) {
  const t = useTexts("offices");
  const { value, inputProps } = useWatchedInput(props);
  const lookup = useOfficeLookup(value.trim());

  const message =
    lookup.status === "found"
      ? {
          className: "text-green-800",
          text: t("found", { name: lookup.office.name, address: lookup.office.addressLine }),
        }
      : lookup.status === "notFound"
        ? { className: "text-amber-800", text: t("notFound", { postcode: lookup.postcode }) }
        : lookup.status === "failed"
          ? { className: "text-muted", text: t("lookupFailed") }
          : lookup.status === "loading"
            ? { className: "text-muted", text: t("searching") }
            : null;

  return (
    <FormField id={id} label={label ?? t("postcodeLabel")} hint={hint ?? t("postcodeHint")} error={error}>
      {(control) => (
        <>
          <Input
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={6}
            className="max-w-40"
            {...control}
            aria-describedby={[control["aria-describedby"], `${id}-lookup`].filter(Boolean).join(" ")}
            {...inputProps}
          />
          {/* Always rendered, so screen readers announce each change of its text. */}
          <p
            id={`${id}-lookup`}
            aria-live="polite"
            data-testid="office-lookup"
            data-state={lookup.status}
            className={clsx("text-sm", message?.className)}
          >
            {message?.text}
          </p>
        </>
      )}
    </FormField>
  );
}
