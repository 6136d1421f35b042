"use client";

import { signOut } from "next-auth/react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";

/** Ends every session of the account (this one included), then leaves for the home page. */
export function SignOutEverywhereButton({ action }: { action: () => Promise<TActionResult<null>> }) {
  const t = useTexts("auth");
  // Signing out whatever the answer: this session is to end either way.
  const { run, isPending } = useAction(
    async () => {
      const result = await action();
      await signOut({ callbackUrl: "/" });
      return result;
    },
    { refresh: false },
  );
  return (
    <Button variant="secondary" disabled={isPending} onClick={() => run(undefined)}>
      {t("signOutEverywhere")}
    </Button>
  );
}
