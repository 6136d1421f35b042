"use client";

import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A newly issued key, shown this once: the portal keeps only its hash. */
export function IssuedApiKey({ name, apiKey }: { name: string; apiKey: string }) {
  const t = useTexts("apiKeys");
  const [copyState, setCopyState] = useState<"copied" | "failed" | null>(null);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopyState("copied");
    } catch {
      // The clipboard needs a secure context and permission; the field stays selectable by hand.
      setCopyState("failed");
    }
  }

  return (
    <section
      aria-labelledby="issued-key-title"
      className="flex flex-col gap-3 rounded-xl border-2 border-green-700 p-5"
    >
      <h2 id="issued-key-title" className="text-xl font-semibold">
        {t("issuedTitle", { name })}
      </h2>
      <Alert tone="info">{t("issuedWarning")}</Alert>
      <label htmlFor="issued-key" className="font-medium">
        {t("key")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Input
          id="issued-key"
          readOnly
          value={apiKey}
          onFocus={(event) => event.currentTarget.select()}
          className="flex-1 font-mono text-sm!"
          spellCheck={false}
        />
        <Button type="button" variant="secondary" onClick={onCopy}>
          {t("copy")}
        </Button>
      </div>
      <p role="status" className="text-sm text-muted">
        {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copyFailed") : null}
      </p>
    </section>
  );
}
