"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import { IMPORT_MAX_BYTES, ZStartPurchaseImport, type TStartPurchaseImport } from "@/lib/loyalty/console-schemas";

/** Uploads a purchases CSV; the check and posting run in the background, on the import's own page. */
export function ImportForm({
  action,
}: {
  action: (input: TStartPurchaseImport) => Promise<TActionResult<{ id: string }>>;
}) {
  const t = useTexts("loyaltyConsole.import");
  const translate = useTranslatedError();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  // Reading the file is part of the action: the form is busy from the click on.
  const { run, isPending, failure, errorOf, reset } = useAction(
    async (chosen: File): Promise<TActionResult<{ id: string }>> => {
      const parsed = ZStartPurchaseImport.safeParse({ fileName: chosen.name, content: await chosen.text() });
      if (!parsed.success) {
        const message = parsed.error.issues[0].message;
        return { ok: false, code: "INVALID", message: translate(message) ?? message };
      }
      return action(parsed.data);
    },
    { refresh: false, onSuccess: (data) => router.push(`/console/loyalty/imports/${data.id}`) },
  );
  const error = fileError ?? errorOf("content") ?? failure;

  function onSubmit() {
    if (!file) return setFileError(translate("loyaltyConsole.errors.file"));
    // Checked before reading, so a huge file is not loaded into the page for nothing.
    if (file.size > IMPORT_MAX_BYTES) return setFileError(translate("loyaltyConsole.errors.fileTooBig"));
    setFileError(undefined);
    run(file);
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
            setFileError(undefined);
            reset();
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
