"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { CASE_MANAGERS } from "@/lib/console-cases/access";
import { saveReplyTemplate, saveTopic, setReplyTemplateActive } from "@/lib/console-cases/reply-templates";
import { ZSaveReplyTemplate, ZSaveTopic, ZSetReplyTemplateActive } from "@/lib/console-cases/schemas";

export const saveReplyTemplateAction = defineAction({
  name: "saveReplyTemplate",
  schema: ZSaveReplyTemplate,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: async (input, actor) => {
    const saved = await saveReplyTemplate(input, actor);
    revalidatePath("/console/templates");
    return saved;
  },
});

export const setReplyTemplateActiveAction = defineAction({
  name: "setReplyTemplateActive",
  schema: ZSetReplyTemplateActive,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: async (input, actor) => {
    const result = await setReplyTemplateActive(input, actor);
    revalidatePath("/console/templates");
    return result;
  },
});

export const saveTopicAction = defineAction({
  name: "saveTopic",
  schema: ZSaveTopic,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: async (input, actor) => {
    const saved = await saveTopic(input, actor);
    revalidatePath("/console/templates");
    return saved;
  },
});
