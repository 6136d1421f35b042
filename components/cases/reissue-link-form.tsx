"use client";

import { useState, useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";

/**
 * "I forwarded the link by mistake": a new link goes to the applicant's email and this one stops working.
 * The page says so and stays as it is; the new link is never shown here.
 */
export function ReissueLinkForm({
  token,
  action,
}: {
  token: string;
  action: (input: { token: string }) => Promise<TActionResult<{ isSent: boolean }>>;
}) {
  const t = useTexts("statusPage");
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ token });
      setMessage(result.ok ? { tone: "success", text: t("newLinkSent") } : { tone: "danger", text: result.message });
    });
  }

  if (message?.tone === "success") return <Alert tone="success">{message.text}</Alert>;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <p className="text-sm text-muted">{t("newLinkHint")}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="submit" variant="secondary" size="sm" disabled={isPending} className="self-start">
        {t("newLink")}
      </Button>
    </form>
  );
}
