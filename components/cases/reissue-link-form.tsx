"use client";

import { useActionState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EMPTY_FORM_STATE, type TFormState } from "@/lib/action/form-state";

export type TReissueLinkState = TFormState<{ isSent: boolean }>;

/**
 * "I forwarded the link by mistake": a new link goes to the applicant's email and this one stops working.
 * The page says so; the new link is never shown here. A plain form on a server action (useActionState), so
 * it works before its scripts run and without them: the old address then says where the link went
 * (app/(public)/status/[token]/page.tsx).
 */
export function ReissueLinkForm({
  token,
  action,
}: {
  token: string;
  action: (previous: TReissueLinkState, formData: FormData) => Promise<TReissueLinkState>;
}) {
  const t = useTexts("statusPage");
  const [state, dispatch, isPending] = useActionState(action, EMPTY_FORM_STATE as TReissueLinkState);

  if (state.result?.ok) return <Alert tone="success">{t("newLinkSent")}</Alert>;
  return (
    <form action={dispatch} className="flex flex-col gap-2">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-muted">{t("newLinkHint")}</p>
      {state.result ? <Alert tone="danger">{state.result.message}</Alert> : null}
      <Button type="submit" variant="secondary" size="sm" disabled={isPending} className="self-start">
        {t("newLink")}
      </Button>
    </form>
  );
}
