"use client";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TUnlockStaffAccount } from "@/lib/staff/schemas";

export function UnlockStaffButton({
  staffId,
  unlock,
}: {
  staffId: string;
  unlock: (input: TUnlockStaffAccount) => Promise<TActionResult<{ email: string }>>;
}) {
  const t = useTexts("staff");
  const { run, isPending, data, failure } = useAction(unlock, { refresh: false });

  return (
    <div className="flex flex-col gap-3">
      <p className="text-muted">{t("unlockLead")}</p>
      <ActionOutcome failure={failure} done={data ? t("unlocked", { email: data.email }) : undefined} />
      <Button
        type="button"
        variant="secondary"
        disabled={isPending}
        onClick={() => run({ staffId })}
        className="self-start"
      >
        {t("unlock")}
      </Button>
    </div>
  );
}
