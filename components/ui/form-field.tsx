import type { ReactNode } from "react";

import { FieldError, fieldErrorId } from "./field-error";

/** The ids and attributes that tie a control to its label, hint and error. */
export type TFieldControl = {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
};

/** A labelled control with an optional hint and its error, announced by screen readers. */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: TFieldControl) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? fieldErrorId(id) : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy || undefined })}
      <FieldError id={id} message={error} />
    </div>
  );
}
