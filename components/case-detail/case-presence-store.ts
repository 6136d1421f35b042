"use client";

import { useSyncExternalStore } from "react";

/** A colleague's reply as the browser receives it (JSON or a server action's answer). */
export type TNewerReplySeen = {
  id: string;
  staffName: string;
  createdAt: Date | string;
  subject: string;
  body: string;
};
export type TColleagueSeen = { staffId: string; name: string; isWriting: boolean };
export type TPresenceSeen = { colleagues: TColleagueSeen[]; newerReply: TNewerReplySeen | null };

/** "Writing" means unsent text in the reply box, typed in within this time. */
const WRITING_MS = 30_000;

const NOBODY: TPresenceSeen = { colleagues: [], newerReply: null };

// One case page per tab: the heartbeat (case-presence.tsx) and the reply box meet here, wherever the page
// places them. This is the tab's own state; who is on a case is known only to PostgreSQL.
let seen = NOBODY;
let typing = { hasText: false, at: 0 };
let beatNow: (() => void) | null = null;
const listeners = new Set<() => void>();

export function publishPresence(next: TPresenceSeen | null) {
  seen = next ?? NOBODY;
  for (const listener of listeners) listener();
}

export function usePresenceSeen(): TPresenceSeen {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => seen,
    () => NOBODY,
  );
}

export function isWritingNow(now = Date.now()): boolean {
  return typing.hasText && now - typing.at < WRITING_MS;
}

/** The reply box was typed in (or sent, or cleared); colleagues hear at once when writing starts. */
export function noteReplyTyping(hasText: boolean) {
  const wasWriting = isWritingNow();
  typing = { hasText, at: hasText ? Date.now() : 0 };
  if (wasWriting !== isWritingNow()) beatNow?.();
}

export function onBeatRequested(beat: (() => void) | null) {
  beatNow = beat;
}
