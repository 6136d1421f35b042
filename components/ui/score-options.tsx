import type { ComponentProps } from "react";

/**
 * Scores 1…n as radio tiles «1 — label», the chosen one marked. `input` gives each radio its name and handlers
 * (react-hook-form's registration, or an onChange of the form's own state).
 */
export function ScoreOptions({
  id,
  labels,
  input,
}: {
  id?: string;
  labels: readonly string[];
  input: (score: number) => Omit<ComponentProps<"input">, "type" | "value">;
}) {
  return (
    <div className="flex flex-wrap gap-2" id={id}>
      {labels.map((label, index) => (
        <label
          key={label}
          className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <input type="radio" value={index + 1} className="shrink-0 accent-brand-600" {...input(index + 1)} />
          <span>
            {index + 1} — {label}
          </span>
        </label>
      ))}
    </div>
  );
}
