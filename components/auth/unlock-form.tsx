"use client";

import Link from "next/link";
import { useState, useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "danger"; text: string } | null>(null);

  function onUnlock() {
    startTransition(async () => {
      const answer = await action({ token });
      setResult(answer.ok ? { tone: "success", text: t("done") } : { tone: "danger", text: answer.message });
    });
  }

  if (result?.tone === "success") {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{result.text}</Alert>
        <Link href="/console/sign-in" className="self-start font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <Button type="button" disabled={isPending} onClick={onUnlock} className="self-start">
        {t("submit")}
      </Button>
    </div>
  );
}
