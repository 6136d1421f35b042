import "server-only";

import type { ParsedCronItem } from "graphile-worker";

import { deadlineCronItems } from "@/lib/deadlines/deadline-tasks";
import { eventCronItems } from "@/lib/events/event-tasks";
import { loyaltyCronItems } from "@/lib/loyalty/loyalty-tasks";
import { privacyCronItems } from "@/lib/privacy/privacy-tasks";
import { surveyCronItems } from "@/lib/surveys/survey-tasks";

/**
 * Every recurring job, from the domains that own them. Their tasks are in task-list.ts. graphile-worker
 * identifies each item by its task's name, which is what keeps several workers from scheduling one run
 * twice; so a task has one schedule.
 */
export function createCronItems(): ParsedCronItem[] {
  return [
    ...deadlineCronItems(),
    ...eventCronItems(),
    ...surveyCronItems(),
    ...loyaltyCronItems(),
    ...privacyCronItems(),
  ];
}
