"use client";

import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/**
 * Switches a record (a loyalty rule or reward, a reply template) on or off. Switching off keeps it: ledger
 * entries and past replies refer to it.
 */
export function ActiveToggle({
  id,
  isActive,
  labels,
  size = "md",
  action,
}: {
  id: string;
  isActive: boolean;
  labels: { activate: string; deactivate: string };
  size?: "sm" | "md";
  action: (input: { id: string; isActive: boolean }) => Promise<TActionResult<unknown>>;
}) {
  const { run, isPending, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      <ActionOutcome failure={failure} />
      <Button
        type="button"
        variant="secondary"
        size={size}
        className="self-start"
        disabled={isPending}
        onClick={() => run({ id, isActive: !isActive })}
      >
        {isActive ? labels.deactivate : labels.activate}
      </Button>
    </div>
  );
}
