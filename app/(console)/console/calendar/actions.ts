"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { importCalendarYear, removeCalendarDay, saveCalendarDay } from "@/lib/calendar/edit-calendar";
import { ZImportCalendarYear, ZRemoveCalendarDay, ZSaveCalendarDay } from "@/lib/calendar/schemas";

export const saveCalendarDayAction = defineAction({
  name: "saveCalendarDay",
  schema: ZSaveCalendarDay,
  authorize: () => requireAbility("calendar.edit"),
  run: async (input, actor) => {
    const saved = await saveCalendarDay(input, actor);
    revalidatePath("/console/calendar");
    return saved;
  },
});

export const removeCalendarDayAction = defineAction({
  name: "removeCalendarDay",
  schema: ZRemoveCalendarDay,
  authorize: () => requireAbility("calendar.edit"),
  run: async (input, actor) => {
    const removed = await removeCalendarDay(input, actor);
    revalidatePath("/console/calendar");
    return removed;
  },
});

export const importCalendarYearAction = defineAction({
  name: "importCalendarYear",
  schema: ZImportCalendarYear,
  authorize: () => requireAbility("calendar.edit"),
  run: async (input, actor) => {
    const imported = await importCalendarYear(input, actor);
    revalidatePath("/console/calendar");
    return imported;
  },
});
