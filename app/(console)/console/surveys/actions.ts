"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { countSegmentMembers, saveSurvey } from "@/lib/surveys/build-survey";
import { SURVEY_MANAGERS } from "@/lib/surveys/roles";
import { ZCountSegment, ZSaveSurvey, ZSurveyId } from "@/lib/surveys/schemas";
import { closeSurvey, openSurvey, remindSurvey } from "@/lib/surveys/survey-status";

export const saveSurveyAction = defineAction({
  name: "saveSurvey",
  schema: ZSaveSurvey,
  authorize: () => requireStaff(...SURVEY_MANAGERS),
  run: async (input, actor) => {
    const saved = await saveSurvey(input, actor);
    revalidatePath("/console/surveys");
    return saved;
  },
});

export const countSegmentMembersAction = defineAction({
  name: "countSegmentMembers",
  schema: ZCountSegment,
  authorize: () => requireStaff(...SURVEY_MANAGERS),
  run: async (input) => ({ count: await countSegmentMembers(input.segment) }),
});

export const openSurveyAction = defineAction({
  name: "openSurvey",
  schema: ZSurveyId,
  authorize: () => requireStaff(...SURVEY_MANAGERS),
  run: async (input) => {
    const result = await openSurvey(input.id);
    revalidatePath(`/console/surveys/${input.id}`);
    return result;
  },
});

export const remindSurveyAction = defineAction({
  name: "remindSurvey",
  schema: ZSurveyId,
  authorize: () => requireStaff(...SURVEY_MANAGERS),
  run: (input) => remindSurvey(input.id),
});

export const closeSurveyAction = defineAction({
  name: "closeSurvey",
  schema: ZSurveyId,
  authorize: () => requireStaff(...SURVEY_MANAGERS),
  run: async (input) => {
    const result = await closeSurvey(input.id);
    revalidatePath(`/console/surveys/${input.id}`);
    return result;
  },
});
