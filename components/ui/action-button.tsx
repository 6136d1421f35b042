"use client";

import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/** One button running one server action with a fixed input; its outcome is announced next to it. */
export function ActionButton<TInput, TData>({
  label,
  done,
  action,
  input,
  variant = "secondary",
}: {
  label: string;
  done?: string;
  action: (input: TInput) => Promise<TActionResult<TData>>;
  input: TInput;
  variant?: "primary" | "secondary" | "ghost";
}) {
  const { run, isPending, isDone, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant={variant} disabled={isPending} aria-busy={isPending} onClick={() => run(input)}>
        {label}
      </Button>
      <div aria-live="polite">
        <ActionOutcome failure={failure} done={isDone ? done : undefined} />
      </div>
    </div>
  );
}
