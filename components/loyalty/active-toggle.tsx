"use client";

import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSetActive } from "@/lib/loyalty/console-schemas";

/** Switches a rule or a reward on or off; it is kept either way, since ledger entries refer to it. */
export function ActiveToggle({
  id,
  isActive,
  labels,
  action,
}: {
  id: string;
  isActive: boolean;
  labels: { activate: string; deactivate: string };
  action: (input: TSetActive) => Promise<TActionResult<{ isActive: boolean }>>;
}) {
  const { run, isPending, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      <Button type="button" variant="secondary" className="self-start" disabled={isPending} onClick={() => run({ id, isActive: !isActive })}>
        {isActive ? labels.deactivate : labels.activate}
      </Button>
    </div>
  );
}
