"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility, requireStaff } from "@/lib/auth/current-user";
import { bulkUpdateCases } from "@/lib/inbox/bulk-update-cases";
import { ZInboxColumns } from "@/lib/inbox/columns";
import { saveHiddenColumns } from "@/lib/inbox/hidden-columns";
import { deleteView, saveView } from "@/lib/inbox/saved-views";
import { ZBulkUpdate, ZDeleteView, ZSaveView } from "@/lib/inbox/schemas";

/** Analysts only read; office heads act within their offices (bulkUpdateCases checks the scope). */
export const bulkUpdateCasesAction = defineAction({
  name: "bulkUpdateCases",
  schema: ZBulkUpdate,
  authorize: () => requireAbility("case.work"),
  run: async (input, actor) => {
    const result = await bulkUpdateCases(input, actor);
    revalidatePath("/console/cases");
    return result;
  },
});

export const saveViewAction = defineAction({
  name: "saveView",
  schema: ZSaveView,
  authorize: () => requireStaff(),
  run: (input, actor) => saveView(input, actor),
});

export const deleteViewAction = defineAction({
  name: "deleteView",
  schema: ZDeleteView,
  authorize: () => requireStaff(),
  run: async (input, actor) => {
    await deleteView(input.id, actor);
    return null;
  },
});

/** Which columns the staff member's inbox hides; the page reads it on the next render. */
export const hideInboxColumnsAction = defineAction({
  name: "hideInboxColumns",
  schema: ZInboxColumns,
  authorize: () => requireAbility("case.read"),
  run: (input, actor) => saveHiddenColumns(input, actor),
});
