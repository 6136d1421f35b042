import "server-only";

import type { TaskList } from "graphile-worker";

import { createDeadlineTasks } from "@/lib/deadlines/deadline-tasks";
import { createDeliverEmailTask } from "@/lib/email/deliver-email";
import { DELIVER_EMAIL_TASK } from "@/lib/email/delivery-job";
import { createEventTasks } from "@/lib/events/event-tasks";
import { createReceiveInboundEmailTask, RECEIVE_INBOUND_EMAIL_TASK } from "@/lib/inbound-email";
import { createLoyaltyTasks } from "@/lib/loyalty/loyalty-tasks";
import { createPrivacyTasks } from "@/lib/privacy/privacy-tasks";
import { createSurveyTasks } from "@/lib/surveys/survey-tasks";

/** Every background task, by the name jobs are added under. The tasks live in their domains. */
export function createTaskList(): TaskList {
  return {
    [DELIVER_EMAIL_TASK]: createDeliverEmailTask(),
    [RECEIVE_INBOUND_EMAIL_TASK]: createReceiveInboundEmailTask(),
    ...createDeadlineTasks(),
    ...createEventTasks(),
    ...createLoyaltyTasks(),
    ...createSurveyTasks(),
    ...createPrivacyTasks(),
  };
}
