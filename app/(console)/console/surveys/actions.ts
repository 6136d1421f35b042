"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { countSegmentMembers, saveSurvey } from "@/lib/surveys/build-survey";
import { ZCountSegment, ZSaveSurvey, ZSurveyId } from "@/lib/surveys/schemas";
import { closeSurvey, openSurvey, remindSurvey } from "@/lib/surveys/survey-status";

export const saveSurveyAction = defineAction({
  name: "saveSurvey",
  schema: ZSaveSurvey,
  authorize: () => requireAbility("survey.manage"),
  run: async (input, actor) => {
    const saved = await saveSurvey(input, actor);
    revalidatePath("/console/surveys");
    return saved;
  },
});

export const countSegmentMembersAction = defineAction({
  name: "countSegmentMembers",
  schema: ZCountSegment,
  authorize: () => requireAbility("survey.manage"),
  run: async (input) => ({ count: await countSegmentMembers(input.segment) }),
});

export const openSurveyAction = defineAction({
  name: "openSurvey",
  schema: ZSurveyId,
  authorize: () => requireAbility("survey.manage"),
  run: async (input) => {
    const result = await openSurvey(input.id);
    revalidatePath(`/console/surveys/${input.id}`);
    return result;
  },
});

export const remindSurveyAction = defineAction({
  name: "remindSurvey",
  schema: ZSurveyId,
  authorize: () => requireAbility("survey.manage"),
  run: (input) => remindSurvey(input.id),
});

export const closeSurveyAction = defineAction({
  name: "closeSurvey",
  schema: ZSurveyId,
  authorize: () => requireAbility("survey.manage"),
  run: async (input) => {
    const result = await closeSurvey(input.id);
    revalidatePath(`/console/surveys/${input.id}`);
    return result;
  },
});
