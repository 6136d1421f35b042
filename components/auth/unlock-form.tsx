"use client";

import Link from "next/link";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TUnlockLink } from "@/lib/auth/unlock-schemas";

export function UnlockForm({
  token,
  action,
}: {
  token: string;
  action: (input: TUnlockLink) => Promise<TActionResult<{ isUnlocked: boolean }>>;
}) {
  const t = useTexts("unlock");
  const { run, isPending, isDone, failure } = useAction(action, { refresh: false });

  if (isDone) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{t("done")}</Alert>
        <Link href="/console/sign-in" className="self-start font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ActionOutcome failure={failure} />
      <Button type="button" disabled={isPending} onClick={() => run({ token })} className="self-start">
        {t("submit")}
      </Button>
    </div>
  );
}
