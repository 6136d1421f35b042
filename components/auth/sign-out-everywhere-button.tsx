"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";

/** Ends every session of the account (this one included), then leaves for the home page. */
export function SignOutEverywhereButton({ action }: { action: () => Promise<TActionResult<null>> }) {
  const t = useTexts("auth");
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await action();
          await signOut({ callbackUrl: "/" });
        })
      }
    >
      {t("signOutEverywhere")}
    </Button>
  );
}
