import "server-only";

import { parseCronItems, type ParsedCronItem, type Task } from "graphile-worker";

import { purgeExpiredData } from "./purge-expired-data";

export const PURGE_EXPIRED_DATA_TASK = "purge-expired-data";

/**
 * The daily purge at 01:15 UTC (04:15 in Moscow), a quiet hour; a run missed while no worker was up is
 * made up for within twelve hours. Nothing is lost by a late run, only kept a little longer.
 */
export function privacyCronItems(): ParsedCronItem[] {
  return parseCronItems([
    {
      task: PURGE_EXPIRED_DATA_TASK,
      match: "15 1 * * *",
      options: { backfillPeriod: 12 * 60 * 60 * 1000, maxAttempts: 3 },
    },
  ]);
}

export function createPrivacyTasks(): Record<string, Task> {
  return {
    [PURGE_EXPIRED_DATA_TASK]: async () => {
      // Counts from now: a late run purges what has expired since the scheduled time too.
      await purgeExpiredData(new Date());
    },
  };
}
