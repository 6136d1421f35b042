"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireMember } from "@/lib/auth/current-user";
import { proposeIdea, rateArea, supportIdea } from "@/lib/ideas/ideas";
import { ZProposeIdea, ZRateArea, ZSupportIdea } from "@/lib/ideas/schemas";

export const proposeIdeaAction = defineAction({
  name: "proposeIdea",
  schema: ZProposeIdea,
  authorize: () => requireMember(),
  run: async (input, member) => {
    const result = await proposeIdea(member.id, input);
    revalidatePath("/ideas");
    return result;
  },
});

export const rateAreaAction = defineAction({
  name: "rateArea",
  schema: ZRateArea,
  authorize: () => requireMember(),
  run: async (input, member) => rateArea(member.id, input),
});

export const supportIdeaAction = defineAction({
  name: "supportIdea",
  schema: ZSupportIdea,
  authorize: () => requireMember(),
  run: async (input, member) => {
    const result = await supportIdea(member.id, input.ideaId);
    revalidatePath("/ideas");
    return result;
  },
});
