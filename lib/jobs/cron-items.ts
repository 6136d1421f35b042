import "server-only";

import type { ParsedCronItem } from "graphile-worker";

import { deadlineCronItems } from "@/lib/deadlines/deadline-tasks";
import { eventCronItems } from "@/lib/events/event-tasks";
import { loyaltyCronItems } from "@/lib/loyalty/loyalty-tasks";
import { privacyCronItems } from "@/lib/privacy/privacy-tasks";
import { surveyCronItems } from "@/lib/surveys/survey-tasks";

/** Every recurring job, from the domains that own them. Their tasks are in task-list.ts. */
export function createCronItems(): ParsedCronItem[] {
  return [...deadlineCronItems(), ...eventCronItems(), ...surveyCronItems(), ...loyaltyCronItems(), ...privacyCronItems()];
}
