import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { FieldError, fieldErrorId } from "@/components/ui/field-error";

/** A checkbox of a react-hook-form form with its label and, when invalid, the error tied to it. */
export function CheckboxField({
  id,
  registration,
  label,
  error,
  value,
}: {
  id: string;
  registration: UseFormRegisterReturn;
  label: ReactNode;
  error?: string;
  value?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-600"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? fieldErrorId(id) : undefined}
          value={value}
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldError id={id} message={error} />
    </div>
  );
}
