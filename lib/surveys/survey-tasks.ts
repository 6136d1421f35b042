import "server-only";

import { parseCronItems, type ParsedCronItem, type Task } from "graphile-worker";

import { inviteSurveyMembers, remindDueInvitations, remindSurveyMembers } from "./invitations";
import {
  closeDueSurveys,
  SURVEY_AUTO_REMIND_TASK,
  SURVEY_CLOSE_TASK,
  SURVEY_INVITE_TASK,
  SURVEY_REMIND_TASK,
} from "./survey-status";

/**
 * Closing surveys whose day has ended: every hour at minute 5 (UTC), made up for within two hours. The
 * automatic reminder: daily at 07:00 UTC (10:00 in Moscow), made up for the same morning.
 */
export function surveyCronItems(): ParsedCronItem[] {
  return parseCronItems([
    {
      task: SURVEY_CLOSE_TASK,
      match: "5 * * * *",
      options: { backfillPeriod: 2 * 60 * 60 * 1000, maxAttempts: 5 },
    },
    {
      task: SURVEY_AUTO_REMIND_TASK,
      match: "0 7 * * *",
      options: { backfillPeriod: 4 * 60 * 60 * 1000, maxAttempts: 3 },
    },
  ]);
}

export function createSurveyTasks(): Record<string, Task> {
  const payloadOf = (payload: unknown) => (payload ?? {}) as { surveyId?: string; cutoff?: string };
  return {
    [SURVEY_INVITE_TASK]: async (payload) => {
      const { surveyId } = payloadOf(payload);
      if (surveyId) await inviteSurveyMembers(surveyId);
    },
    [SURVEY_REMIND_TASK]: async (payload) => {
      const { surveyId, cutoff } = payloadOf(payload);
      if (surveyId) await remindSurveyMembers(surveyId, cutoff ? new Date(cutoff) : new Date());
    },
    [SURVEY_CLOSE_TASK]: async () => {
      await closeDueSurveys(new Date());
    },
    [SURVEY_AUTO_REMIND_TASK]: async () => {
      await remindDueInvitations(new Date());
    },
  };
}
