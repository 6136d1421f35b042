"use client";

import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TMarkAttendanceInput } from "@/lib/events/schemas";

/** Ticks a member with a place as present (which earns their points) or clears a mistaken tick. */
export function AttendanceCheckbox({
  registrationId,
  isAttended,
  label,
  action,
}: {
  registrationId: string;
  isAttended: boolean;
  label: string;
  action: (input: TMarkAttendanceInput) => Promise<TActionResult<{ points: number }>>;
}) {
  const { run, isPending, failure } = useAction(action);
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input
        type="checkbox"
        className="size-5 shrink-0"
        aria-label={label}
        checked={isAttended}
        disabled={isPending}
        onChange={(event) => run({ registrationId, isAttended: event.target.checked })}
      />
      {failure ? (
        <span role="alert" className="text-sm text-danger">
          {failure}
        </span>
      ) : null}
    </label>
  );
}
