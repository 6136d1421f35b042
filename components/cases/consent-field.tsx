"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * The personal-data consent: its own checkbox, never ticked in advance and never combined with another
 * consent (152-FZ, since 2025-09-01), with the policy one click away.
 */
export function ConsentField({ id, registration, error }: { id: string; registration: UseFormRegisterReturn; error?: string }) {
  const t = useTranslations("filing");
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-600"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          {...registration}
        />
        <label htmlFor={id}>
          {t("consent")}{" "}
          <Link href="/privacy" target="_blank" className="text-brand-700 underline">
            {t("consentPolicy")}
          </Link>
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
