"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/**
 * "I forwarded the link by mistake": a new link goes to the applicant's email and this one stops working.
 * The page says so and stays as it is; the new link is never shown here.
 */
export function ReissueLinkForm({
  token,
  action,
}: {
  token: string;
  action: (input: { token: string }) => Promise<TActionResult<{ isSent: boolean }>>;
}) {
  const t = useTexts("statusPage");
  const { run, isPending, isDone, failure } = useAction(action, { refresh: false });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    run({ token });
  }

  if (isDone) return <Alert tone="success">{t("newLinkSent")}</Alert>;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <p className="text-sm text-muted">{t("newLinkHint")}</p>
      <ActionOutcome failure={failure} />
      <Button type="submit" variant="secondary" size="sm" disabled={isPending} className="self-start">
        {t("newLink")}
      </Button>
    </form>
  );
}
