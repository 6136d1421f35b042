"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";

import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";

/** Ends every session of the account (this one included), then leaves for the home page. */
export function SignOutEverywhereButton({ action }: { action: () => Promise<TActionResult<null>> }) {
  const t = useTranslations("auth");
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
