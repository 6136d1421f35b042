"use client";

import { useAction } from "@/components/ui/use-action";
import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSetReplyTemplateActiveInput } from "@/lib/console-cases/schemas";

/** Deactivating keeps the template (past replies name it) but takes it off the reply form. */
export function TemplateActiveToggle({
  id,
  isActive,
  action,
}: {
  id: string;
  isActive: boolean;
  action: (input: TSetReplyTemplateActiveInput) => Promise<TActionResult<{ isActive: boolean }>>;
}) {
  const t = useTexts("templates");
  const { run, isPending, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      <Button type="button" variant="secondary" size="sm" disabled={isPending} onClick={() => run({ id, isActive: !isActive })}>
        {isActive ? t("deactivate") : t("activate")}
      </Button>
    </div>
  );
}
