"use client";

import { useEffect, useRef } from "react";

/**
 * The list of what went wrong, above the form. It takes focus when it appears so keyboard and screen-reader
 * users land on it; each entry links to its field.
 */
export function ErrorSummary({
  title,
  message,
  errors,
}: {
  title: string;
  message?: string;
  errors: { fieldId: string; message: string }[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = `${message}|${errors.map((e) => e.fieldId + e.message).join("|")}`;
  useEffect(() => {
    ref.current?.focus();
  }, [signature]);
  if (!message && errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-lg border-2 border-danger bg-red-50 p-4 outline-none">
      <p className="font-semibold text-danger">{message ?? title}</p>
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`} className="text-danger underline">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
