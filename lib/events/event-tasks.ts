import "server-only";

import { parseCronItems, type ParsedCronItem, type Task } from "graphile-worker";

import { sendEventReminders } from "./reminders";

export const EVENT_REMINDERS_TASK = "event-reminders";

/** Hourly: reminders of the events starting within a day. A run missed within two hours is made up for. */
export function eventCronItems(): ParsedCronItem[] {
  return parseCronItems([
    {
      task: EVENT_REMINDERS_TASK,
      match: "15 * * * *",
      options: { backfillPeriod: 2 * 60 * 60 * 1000, maxAttempts: 5 },
    },
  ]);
}

export function createEventTasks(): Record<string, Task> {
  return {
    [EVENT_REMINDERS_TASK]: async () => {
      await sendEventReminders(new Date());
    },
  };
}
