"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { findShortcut, keyName, placeOf, SEQUENCE_STARTS, type TShortcutAction } from "@/lib/console-shortcuts";

import { useInboxCursor } from "./shortcuts-cursor";
import {
  caseHref,
  caseLink,
  currentCaseNumber,
  focusTarget,
  isActivatable,
  isInCaseTable,
  isOtherDialogOpen,
  isTypingTarget,
  pressTarget,
  readCaseList,
  rememberCaseList,
} from "./shortcuts-dom";
import { ShortcutsHelp, type TListPosition } from "./shortcuts-help";
import { submitFromField } from "./shortcuts-submit";

/** How long "g" waits for the key that completes "g i" or "g h". */
const SEQUENCE_MS = 1500;
const MODIFIERS = new Set(["Shift", "Control", "Alt", "AltGraph", "Meta", "CapsLock"]);

/**
 * The console's keys (lib/console-shortcuts.ts), the help overlay they list, and the «Клавиши: ?» hint that
 * opens it. Mounted once in the console frame, so it lives across the pages: the inbox row cursor and a
 * search asked for from a case page survive the navigation.
 */
export function Shortcuts() {
  const t = useTexts("shortcuts");
  const router = useRouter();
  const pathname = usePathname();
  const place = placeOf(pathname);
  const dialog = useRef<HTMLDialogElement>(null);
  const sequence = useRef<{ key: string; at: number } | null>(null);
  const isSearchPending = useRef(false);
  const opener = useRef<Element | null>(null);
  // The case j / k last set out for: a second press before the page has changed steps on from there.
  const headingFor = useRef<string | null>(null);
  const [notice, setNotice] = useState("");
  const [listPosition, setListPosition] = useState<TListPosition>(null);
  const cursor = useInboxCursor(place, pathname);

  // "/" pressed on a case page: focus the inbox's search once the inbox has rendered it.
  useEffect(() => {
    if (place !== "inbox" || !isSearchPending.current) return;
    isSearchPending.current = false;
    let frame = 0;
    const until = Date.now() + 5000;
    const attempt = () => {
      if (!focusTarget("search") && Date.now() < until) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [place, pathname]);

  useEffect(() => {
    if (place !== "case" || headingFor.current === currentCaseNumber(pathname)) headingFor.current = null;
  }, [place, pathname]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(""), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const openHelp = useCallback(() => {
    opener.current = document.activeElement;
    setListPosition(place === "case" ? positionInList(pathname) : null);
    dialog.current?.showModal();
  }, [place, pathname]);

  useEffect(() => {
    const stepCase = (delta: number) => {
      const list = readCaseList();
      const index = list ? list.numbers.indexOf(headingFor.current ?? currentCaseNumber(pathname)) : -1;
      if (!list || index < 0) return setNotice(t("noList"));
      const next = list.numbers[index + delta];
      if (next === undefined) return setNotice(t(delta > 0 ? "lastInList" : "firstInList"));
      headingFor.current = next;
      router.push(caseHref(next));
    };
    const orSay = (isDone: boolean) => {
      if (!isDone) setNotice(t("unavailable"));
    };
    const actions: Record<TShortcutAction, () => void> = {
      help: openHelp,
      goInbox: () => router.push("/console/cases"),
      goOverview: () => router.push("/console"),
      rowNext: () => cursor.move(1),
      rowPrevious: () => cursor.move(-1),
      rowOpen: () => {
        rememberCaseList();
        const row = cursor.row();
        if (row) caseLink(row)?.click();
      },
      rowToggle: () => cursor.row()?.querySelector<HTMLInputElement>("input[type='checkbox']")?.click(),
      search: () => {
        if (place === "inbox") return orSay(focusTarget("search"));
        isSearchPending.current = true;
        router.push(readCaseList()?.href ?? "/console/cases");
      },
      caseNext: () => stepCase(1),
      casePrevious: () => stepCase(-1),
      backToList: () => router.push(readCaseList()?.href ?? "/console/cases"),
      reply: () => orSay(focusTarget("reply")),
      note: () => orSay(focusTarget("note")),
      status: () => orSay(focusTarget("status")),
      assignMe: () => orSay(pressTarget("assign-me")),
    };

    function onKeyDown(event: KeyboardEvent) {
      // A modifier pressed alone (Shift on the way to "?") neither fires nor breaks a "g" sequence.
      if (event.defaultPrevented || event.isComposing || MODIFIERS.has(event.key)) return;
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") return submitFromField(event);
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || dialog.current?.open || isOtherDialogOpen(dialog.current)) return;
      let key = keyName(event);
      const started = sequence.current;
      sequence.current = null;
      if (started && Date.now() - started.at < SEQUENCE_MS) key = `${started.key} ${key}`;
      else if (SEQUENCE_STARTS.has(key)) {
        sequence.current = { key, at: Date.now() };
        return;
      }
      if (key === "Enter" && isActivatable(event.target)) return;
      const action = findShortcut(place, key, isInCaseTable(event.target));
      if (!action) return;
      event.preventDefault();
      actions[action]();
    }

    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [place, pathname, router, t, cursor, openHelp]);

  return (
    <>
      <button
        type="button"
        className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm text-muted underline-offset-2 hover:underline"
        aria-keyshortcuts="?"
        onClick={openHelp}
      >
        {t("hint")}
      </button>
      <ShortcutsHelp
        ref={dialog}
        place={place}
        listPosition={listPosition}
        onClose={() => {
          if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
        }}
      />
      {/* A live region rather than a status role: the pages' own status messages stay the only ones. */}
      <p
        aria-live="polite"
        aria-atomic="true"
        className={
          notice
            ? "fixed bottom-4 left-1/2 z-50 -translate-x-1/2 rounded-lg bg-ink px-4 py-2 text-sm text-white shadow-lg"
            : "sr-only"
        }
      >
        {notice}
      </p>
    </>
  );
}

/** Where this case stands in the list it was opened from, for the overlay; null when there is none. */
function positionInList(pathname: string): TListPosition {
  const list = readCaseList();
  const index = list ? list.numbers.indexOf(currentCaseNumber(pathname)) : -1;
  return list && index >= 0 ? { position: index + 1, count: list.numbers.length } : null;
}
