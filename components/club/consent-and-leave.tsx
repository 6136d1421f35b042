"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/** Withdraws or gives again the optional news consent. */
export function NewsConsentButton({
  isGiven,
  action,
}: {
  isGiven: boolean;
  action: (input: { isGiven: boolean }) => Promise<TActionResult<null>>;
}) {
  const t = useTexts("club.account");
  const { run, isPending, failure } = useAction(action);
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        disabled={isPending}
        onClick={() => run({ isGiven: !isGiven })}
      >
        {isGiven ? t("withdrawNews") : t("giveNews")}
      </Button>
      <ActionOutcome failure={failure} />
    </div>
  );
}

/** Leaving the club, once the member has ticked that they understand it is final. */
export function LeaveClubForm({ action }: { action: (input: { confirm: true }) => Promise<TActionResult<null>> }) {
  const t = useTexts("club.account");
  const router = useRouter();
  const [isConfirmed, setIsConfirmed] = useState(false);
  // The session ended with the membership: the home page, rendered anew, is the signed-out site.
  const { run, isPending, failure } = useAction(action, { onSuccess: () => router.push("/") });
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isConfirmed) return;
        run({ confirm: true });
      }}
    >
      <div className="flex items-start gap-3">
        <input
          id="leave-confirm"
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-600"
          checked={isConfirmed}
          onChange={(e) => setIsConfirmed(e.target.checked)}
        />
        <label htmlFor="leave-confirm">{t("leaveConfirm")}</label>
      </div>
      <Button
        type="submit"
        variant="secondary"
        className="self-start border-danger! text-danger!"
        disabled={!isConfirmed || isPending}
      >
        {t("leaveButton")}
      </Button>
      <ActionOutcome failure={failure} />
    </form>
  );
}
