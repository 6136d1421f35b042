import "server-only";

import { parseCronItems, type ParsedCronItem, type Task } from "graphile-worker";

import { escalateOverdueCases } from "./escalate-overdue-cases";
import { sendDeadlineDigest } from "./send-deadline-digest";

export const DEADLINE_DIGEST_TASK = "deadline-digest";
export const ESCALATE_OVERDUE_TASK = "escalate-overdue";

/**
 * The recurring deadline jobs. graphile-worker's cron reads times in UTC: 05:00 UTC is 08:00 in Moscow,
 * which has no daylight saving time. A run missed while no worker was up is made up for within the
 * backfill period (the digest only the same morning; escalation within two hours).
 */
export function deadlineCronItems(): ParsedCronItem[] {
  return parseCronItems([
    {
      task: DEADLINE_DIGEST_TASK,
      match: "0 5 * * *",
      options: { backfillPeriod: 4 * 60 * 60 * 1000, maxAttempts: 3 },
    },
    {
      task: ESCALATE_OVERDUE_TASK,
      match: "0 * * * *",
      options: { backfillPeriod: 2 * 60 * 60 * 1000, maxAttempts: 5 },
    },
  ]);
}

/** Thin tasks around the domain functions; `_cron.ts` is the scheduled time, so a late run counts from it. */
export function createDeadlineTasks(): Record<string, Task> {
  const scheduledAt = (payload: unknown) => {
    const ts = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
    return ts ? new Date(ts) : new Date();
  };
  return {
    [DEADLINE_DIGEST_TASK]: async (payload) => {
      await sendDeadlineDigest(scheduledAt(payload));
    },
    [ESCALATE_OVERDUE_TASK]: async () => {
      // Escalation counts from now: a backfilled run should not miss what became overdue since.
      await escalateOverdueCases(new Date());
    },
  };
}
