"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import type { TLiveStamp } from "@/lib/inbox/live-stamp";

/** Often enough that a new case shows within half a minute, rarely enough to cost little. */
const POLL_MS = 15_000;

/** Focus in a field where someone types or picks: a reload now could move what they are working on. */
const TYPING = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select";
/** Menus mark themselves data-menu; an open one is being used. */
const OPEN_MENU = "details[data-menu][open], [data-menu][aria-expanded='true']";

function isBusy(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLElement && (active.matches(TYPING) || active.isContentEditable)) return true;
  return document.querySelector(OPEN_MENU) !== null;
}

/**
 * The browser's half of LiveRefresh (live-refresh.tsx), which hands it the stamp the page was rendered with.
 * Keeps a console page current without a reload: while the tab is visible it asks /console/live every 15 s
 * whether the list or the sidebar's counts changed, and only then refreshes the server's part of the page.
 * router.refresh() keeps client state (selection, scroll, an open panel); it waits while someone types in a
 * field or has a menu open, and catches up at the next poll.
 */
export function LivePoll({ listQuery, stamp }: { listQuery?: string; stamp: TLiveStamp }) {
  const router = useRouter();
  const { rows, counts } = stamp;
  // What the page was rendered with: a change made before the first poll still counts as one.
  const seen = useRef<TLiveStamp>({ rows, counts });

  // A render with new data (this refresh's, or an action's) is the new baseline.
  useEffect(() => {
    seen.current = { rows, counts };
  }, [rows, counts]);

  useEffect(() => {
    const url = listQuery === undefined ? "/console/live" : `/console/live?list=1&${listQuery}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;

    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      controller = new AbortController();
      try {
        const response = await fetch(url, { cache: "no-store", signal: controller.signal });
        if (!response.ok) return;
        const now = (await response.json()) as TLiveStamp;
        const last = seen.current;
        if ((now.rows === last.rows && now.counts === last.counts) || isBusy()) return;
        seen.current = { rows: now.rows, counts: now.counts };
        router.refresh();
      } catch {
        // Offline for a moment or aborted on leaving: the next poll tries again.
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        await poll();
        schedule();
      }, POLL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState !== "visible") return;
      void poll();
      schedule();
    };

    void poll();
    schedule();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [listQuery, router]);

  return null;
}
