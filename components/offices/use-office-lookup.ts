"use client";

import { useEffect, useState } from "react";

import type { TOfficeSummary } from "@/lib/offices/office-summary";

export type TOfficeLookup =
  | { status: "idle" }
  | { status: "loading"; postcode: string }
  | { status: "found"; postcode: string; office: TOfficeSummary }
  | { status: "notFound"; postcode: string }
  | { status: "failed"; postcode: string };

const POSTCODE = /^\d{6}$/;

/** Answers already seen in this tab: people type, delete and retype the same postcode. */
const answers = new Map<string, TOfficeSummary | null>();

/** The value once it has stopped changing for `delayMs`, so a lookup runs per pause, not per keystroke. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

async function fetchOffice(postcode: string, signal: AbortSignal): Promise<TOfficeSummary | null> {
  const response = await fetch(`/api/offices/${postcode}`, { signal, headers: { Accept: "application/json" } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`The office lookup answered ${response.status}`);
  return (await response.json()) as TOfficeSummary;
}

/**
 * Looks the office up in the directory while the user types, once the postcode has six digits. A failed
 * request (a bad connection in the queue at the office) is reported as such, never as "not found".
 */
export function useOfficeLookup(postcode: string | null | undefined, delayMs = 300): TOfficeLookup {
  const wanted = postcode && POSTCODE.test(postcode) ? postcode : null;
  const debounced = useDebouncedValue(wanted, delayMs);
  const [failed, setFailed] = useState<string | null>(null);
  // Bumped when an answer arrives: the answer itself lives in the shared map.
  const [, setAnswered] = useState(0);

  useEffect(() => {
    if (!debounced || answers.has(debounced)) return;
    const controller = new AbortController();
    fetchOffice(debounced, controller.signal).then(
      (office) => {
        answers.set(debounced, office);
        setFailed(null);
        setAnswered((count) => count + 1);
      },
      () => {
        if (!controller.signal.aborted) setFailed(debounced);
      },
    );
    return () => controller.abort();
  }, [debounced]);

  if (!wanted) return { status: "idle" };
  const office = answers.get(wanted);
  if (office) return { status: "found", postcode: wanted, office };
  if (office === null) return { status: "notFound", postcode: wanted };
  return failed === wanted ? { status: "failed", postcode: wanted } : { status: "loading", postcode: wanted };
}
