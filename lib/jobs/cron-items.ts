import "server-only";

import type { ParsedCronItem } from "graphile-worker";

import { deadlineCronItems } from "@/lib/deadlines/deadline-tasks";

/** Every recurring job, from the domains that own them. Their tasks are in task-list.ts. */
export function createCronItems(): ParsedCronItem[] {
  return [...deadlineCronItems()];
}
