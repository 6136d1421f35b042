"use client";

import { useEffect, useMemo, useRef } from "react";

import type { TShortcutPlace } from "@/lib/console-shortcuts";

import { caseRows, currentCaseNumber, markCursor, rememberCaseList } from "./shortcuts-dom";

/**
 * The inbox's row cursor (j / k), kept by case number so it stays on its case when the list refreshes
 * itself or re-sorts. Back on the inbox from a case, it starts on the case just left.
 */
export function useInboxCursor(place: TShortcutPlace | null, pathname: string) {
  const current = useRef<string | null>(null);
  const lastCase = useRef<string | null>(null);

  useEffect(() => {
    if (place === "case") lastCase.current = currentCaseNumber(pathname);
    if (place !== "inbox") return;
    current.current = lastCase.current;
    // The list is remembered and the cursor redrawn whenever the rows change (a refresh, a new page).
    let frame = 0;
    const sync = () => {
      frame = 0;
      rememberCaseList();
      markCursor(current.current);
    };
    sync();
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(sync);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [place, pathname]);

  return useMemo(
    () => ({
      move(delta: number) {
        const rows = caseRows();
        if (rows.length === 0) return;
        const index = rows.findIndex((row) => row.dataset.caseNumber === current.current);
        const next = index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + delta));
        current.current = rows[next].dataset.caseNumber ?? null;
        markCursor(current.current)?.scrollIntoView({ block: "nearest" });
      },
      row: () => caseRows().find((row) => row.dataset.caseNumber === current.current),
    }),
    [],
  );
}
