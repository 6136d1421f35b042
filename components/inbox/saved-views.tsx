"use client";

import Link from "next/link";
import { useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSavedView } from "@/lib/inbox/saved-views";

/**
 * The staff member's own saved filters: links to them, saving the current one under a name, deleting. The
 * sidebar lists them too, with their counts; here they are kept.
 */
export function SavedViews({
  views,
  currentQuery,
  save,
  remove,
}: {
  views: TSavedView[];
  currentQuery: string;
  save: (input: { name: string; query: string }) => Promise<TActionResult<TSavedView>>;
  remove: (input: { id: string }) => Promise<TActionResult<null>>;
}) {
  const t = useTexts("inbox.views");
  const [name, setName] = useState("");
  // One line for either action's refusal; the name's own error when the name is the problem.
  const [error, setError] = useState<string | null>(null);
  const outcome = {
    onFailure: ({ fieldErrors, message }: { fieldErrors?: Record<string, string>; message: string }) =>
      setError(fieldErrors?.name ?? message),
  };
  const saving = useAction(save, {
    ...outcome,
    onSuccess: () => {
      setError(null);
      setName("");
    },
  });
  const removing = useAction(remove, { ...outcome, onSuccess: () => setError(null) });
  const isPending = saving.isPending || removing.isPending;

  return (
    <section aria-labelledby="saved-views-title" className="flex flex-col gap-2 border-t border-line pt-3">
      <h2 id="saved-views-title" className="text-sm font-medium">
        {t("title")}
      </h2>
      {views.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
      <ul className="flex flex-wrap gap-2">
        {views.map((view) => (
          <li key={view.id} className="flex items-center gap-1 rounded-lg border border-line pl-3 text-sm">
            <Link href={`/console/cases?${view.query}`} className="underline">
              {view.name}
            </Link>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={isPending}
              aria-label={t("delete", { name: view.name })}
              onClick={() => removing.run({ id: view.id })}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          saving.run({ name, query: currentQuery });
        }}
      >
        <label className="flex flex-col gap-0.5 text-sm">
          {t("name")}
          <input
            className="min-h-9 rounded-md border border-line px-2 text-sm"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
          {t("save")}
        </Button>
      </form>
      {error ? <Alert tone="danger">{error}</Alert> : null}
    </section>
  );
}
