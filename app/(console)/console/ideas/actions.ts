"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { answerIdea } from "@/lib/ideas/ideas";
import { ZAnswerIdea } from "@/lib/ideas/schemas";

export const answerIdeaAction = defineAction({
  name: "answerIdea",
  schema: ZAnswerIdea,
  authorize: () => requireAbility("idea.answer"),
  run: async (input, actor) => {
    const result = await answerIdea(input, actor);
    revalidatePath("/console/ideas");
    revalidatePath("/ideas");
    return result;
  },
});
