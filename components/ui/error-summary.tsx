"use client";

import { useEffect, useRef } from "react";

/**
 * The list of what went wrong, above the form; each entry names its field and links to it. It takes focus
 * once per refused submit, so keyboard and screen-reader users land on it — `focusKey` changes with each
 * (a submit count); without one, it takes focus when it appears. It never takes focus while a person is
 * typing: errors that change as fields are fixed leave focus where it is.
 */
export function ErrorSummary({
  title,
  message,
  errors,
  focusKey,
}: {
  title: string;
  message?: string;
  errors: { fieldId: string; label?: string; message: string }[];
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const isShown = Boolean(message) || errors.length > 0;
  const trigger = focusKey ?? isShown;
  useEffect(() => {
    if (trigger !== 0 && trigger !== false) ref.current?.focus();
  }, [trigger]);
  if (!isShown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-lg border-2 border-danger bg-red-50 p-4 outline-none">
      <p className="font-semibold text-danger">{message ?? title}</p>
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`} className="text-danger underline">
                {error.label ? `${error.label}: ${error.message}` : error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
