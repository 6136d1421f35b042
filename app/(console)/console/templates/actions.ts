"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { saveReplyTemplate, saveTopic, setReplyTemplateActive } from "@/lib/console-cases/reply-templates";
import { ZSaveReplyTemplate, ZSaveTopic, ZSetReplyTemplateActive } from "@/lib/console-cases/schemas";

export const saveReplyTemplateAction = defineAction({
  name: "saveReplyTemplate",
  schema: ZSaveReplyTemplate,
  authorize: () => requireAbility("template.manage"),
  run: async (input, actor) => {
    const saved = await saveReplyTemplate(input, actor);
    revalidatePath("/console/templates");
    return saved;
  },
});

export const setReplyTemplateActiveAction = defineAction({
  name: "setReplyTemplateActive",
  schema: ZSetReplyTemplateActive,
  authorize: () => requireAbility("template.manage"),
  run: async (input, actor) => {
    const result = await setReplyTemplateActive(input, actor);
    revalidatePath("/console/templates");
    return result;
  },
});

export const saveTopicAction = defineAction({
  name: "saveTopic",
  schema: ZSaveTopic,
  authorize: () => requireAbility("template.manage"),
  run: async (input, actor) => {
    const saved = await saveTopic(input, actor);
    revalidatePath("/console/templates");
    return saved;
  },
});
