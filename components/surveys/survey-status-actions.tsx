"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

type TAction = (input: { id: string }) => Promise<TActionResult<unknown>>;

/** Opening a draft (which invites its segment), reminding those who have not answered, closing early. */
export function SurveyStatusActions({
  id,
  status,
  openAction,
  remindAction,
  closeAction,
}: {
  id: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  openAction: TAction;
  remindAction: TAction;
  closeAction: TAction;
}) {
  const t = useTexts("surveys.status");
  const open = useAction(openAction);
  const remind = useAction(remindAction);
  const close = useAction(closeAction);
  const failure = open.failure ?? remind.failure ?? close.failure;
  return (
    <div className="flex flex-col gap-2">
      <ActionOutcome failure={failure} />
      {open.isDone ? <Alert tone="success">{t("opened")}</Alert> : null}
      {remind.isDone ? <Alert tone="success">{t("reminded")}</Alert> : null}
      {close.isDone ? <Alert tone="success">{t("closedNow")}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" ? (
          <Button type="button" disabled={open.isPending} aria-busy={open.isPending} onClick={() => open.run({ id })}>
            {t("open")}
          </Button>
        ) : null}
        {status === "OPEN" ? (
          <>
            <Button type="button" variant="secondary" disabled={remind.isPending} onClick={() => remind.run({ id })}>
              {t("remind")}
            </Button>
            <Button type="button" variant="secondary" disabled={close.isPending} onClick={() => close.run({ id })}>
              {t("close")}
            </Button>
          </>
        ) : null}
      </div>
      {status === "DRAFT" ? <p className="text-sm text-muted">{t("openHint")}</p> : null}
    </div>
  );
}
