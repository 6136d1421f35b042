"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import type { TDeleteReplyDraftInput, TSaveReplyDraftInput } from "@/lib/console-cases/schemas";

const SAVE_AFTER_MS = 1_000;

type TDraftActions = {
  save: (input: TSaveReplyDraftInput) => Promise<TActionResult<{ savedAt: Date | null }>>;
  remove: (input: TDeleteReplyDraftInput) => Promise<TActionResult<{ savedAt: null }>>;
};
type TDraftState = { savedAt: Date | null; isSaving: boolean; failure?: string; isDeleted?: boolean };

/**
 * The reply's draft on the server: saved a second after typing stops, at once when the text is left or the
 * page hidden, one save after another so an older text never lands last. The page itself is not read again.
 */
export function useReplyDraft(caseId: string, initialSavedAt: Date | null, actions: TDraftActions) {
  const [state, setState] = useState<TDraftState>({ savedAt: initialSavedAt, isSaving: false });
  const pending = useRef<Omit<TSaveReplyDraftInput, "caseId"> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { save, remove } = actions;

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    const values = pending.current;
    pending.current = null;
    if (!values) return queue.current;
    setState((current) => ({ ...current, isSaving: true }));
    queue.current = queue.current.then(async () => {
      try {
        const result = await save({ caseId, ...values });
        setState(
          result.ok
            ? { savedAt: result.data.savedAt, isSaving: false }
            : (current) => ({
                ...current,
                isSaving: false,
                failure: result.message,
              }),
        );
      } catch {
        setState((current) => ({ ...current, isSaving: false, failure: "" }));
      }
    });
    return queue.current;
  }, [caseId, save]);

  const schedule = useCallback(
    (values: Omit<TSaveReplyDraftInput, "caseId">) => {
      pending.current = values;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  /** The reply went: the server removed the draft with it, and nothing still waiting may bring it back. */
  const forget = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    setState({ savedAt: null, isSaving: false });
  }, []);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await queue.current;
    const result = await remove({ caseId });
    setState(
      result.ok
        ? { savedAt: null, isSaving: false, isDeleted: true }
        : (current) => ({
            ...current,
            failure: result.message,
          }),
    );
    return result.ok;
  }, [caseId, remove]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
    };
  }, [flush]);

  return { ...state, schedule, flush, forget, discard };
}

/** «Черновик сохранён в 14:32», quietly, with the button that deletes it. */
export function DraftStatus({ draft, onDiscard }: { draft: TDraftState; onDiscard: () => void }) {
  const t = useTexts("caseDetail.reply");
  const format = useTextFormat();
  const line = draft.isSaving
    ? t("draftSaving")
    : draft.failure !== undefined
      ? [t("draftFailed"), draft.failure].filter(Boolean).join(" ")
      : draft.savedAt
        ? t("draftSaved", { time: format.dateTime(draft.savedAt, { hour: "2-digit", minute: "2-digit" }) })
        : draft.isDeleted
          ? t("draftDeleted")
          : "";
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
      <p aria-live="polite" data-testid="reply-draft-status">
        {line}
      </p>
      {draft.savedAt ? (
        <Button type="button" variant="ghost" size="sm" onClick={onDiscard}>
          {t("deleteDraft")}
        </Button>
      ) : null}
    </div>
  );
}
