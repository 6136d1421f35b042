"use client";

import { useState, useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);

  function onUnlock() {
    startTransition(async () => {
      const result = await unlock({ staffId });
      setMessage(result.ok ? { tone: "success", text: t("unlocked", { email: result.data.email }) } : { tone: "danger", text: result.message });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-muted">{t("unlockLead")}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="button" variant="secondary" disabled={isPending} onClick={onUnlock} className="self-start">
        {t("unlock")}
      </Button>
    </div>
  );
}
