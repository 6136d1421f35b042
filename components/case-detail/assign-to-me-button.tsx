"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TAssignCaseToMeInput } from "@/lib/console-cases/schemas";

/** One click puts the case on the staff member's own desk; the page then shows them as the assignee. */
export function AssignToMeButton({
  caseId,
  action,
}: {
  caseId: string;
  action: (input: TAssignCaseToMeInput) => Promise<TActionResult<{ changed: string[] }>>;
}) {
  const t = useTexts("caseDetail");
  const { run, isPending, isDone, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        data-shortcut="assign-me"
        disabled={isPending}
        aria-busy={isPending}
        onClick={() => run({ caseId })}
      >
        {t("assignToMe.submit")}
      </Button>
      <div aria-live="polite">
        <ActionOutcome failure={failure} done={isDone ? t("assignToMe.done") : undefined} />
      </div>
    </div>
  );
}
