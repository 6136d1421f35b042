"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import { IMPORT_MAX_BYTES, type TStartPurchaseImport, ZStartPurchaseImport } from "@/lib/loyalty/console-schemas";

/** Uploads a purchases CSV; the check and posting run in the background, on the import's own page. */
export function ImportForm({ action }: { action: (input: TStartPurchaseImport) => Promise<TActionResult<{ id: string }>> }) {
  const t = useTexts("loyaltyConsole.import");
  const translate = useTranslatedError();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  function onSubmit() {
    if (!file) return setError(translate("loyaltyConsole.errors.file"));
    // Checked before reading, so a huge file is not loaded into the page for nothing.
    if (file.size > IMPORT_MAX_BYTES) return setError(translate("loyaltyConsole.errors.fileTooBig"));
    startTransition(async () => {
      const parsed = ZStartPurchaseImport.safeParse({ fileName: file.name, content: await file.text() });
      if (!parsed.success) return setError(translate(parsed.error.issues[0].message));
      const result = await action(parsed.data);
      if (result.ok) router.push(`/console/loyalty/imports/${result.data.id}`);
      else setError(result.fieldErrors?.content ?? result.message);
    });
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-3 rounded-xl border border-line p-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="font-medium">
          {t("file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="min-h-11"
          aria-describedby="import-file-hint"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(undefined);
          }}
        />
        <p id="import-file-hint" className="text-sm text-muted">
          {t("fileHint")}
        </p>
      </div>
      <Button type="submit" className="self-start" disabled={isPending} aria-busy={isPending}>
        {t("upload")}
      </Button>
    </form>
  );
}
