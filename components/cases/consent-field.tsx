"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

import { useTexts } from "@/components/i18n/texts";
import { CheckboxField } from "@/components/ui/checkbox-field";

/**
 * The personal-data consent: its own checkbox, never ticked in advance and never combined with another
 * consent (152-FZ, since 2025-09-01), with the policy one click away.
 */
export function ConsentField({
  id,
  registration,
  error,
}: {
  id: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  const t = useTexts("filing");
  return (
    <CheckboxField
      id={id}
      registration={registration}
      error={error}
      label={
        <>
          {t("consent")} {/* It opens in a new tab, where next/link's client-side navigation has nothing to do. */}
          <a href="/privacy" target="_blank" className="text-brand-700 underline">
            {t("consentPolicy")}
          </a>
        </>
      }
    />
  );
}
