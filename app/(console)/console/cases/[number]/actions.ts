"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { CASE_MANAGERS, CASE_WORKERS } from "@/lib/console-cases/access";
import { addInternalNote } from "@/lib/console-cases/add-internal-note";
import { changeCaseStatus } from "@/lib/console-cases/change-case-status";
import { extendCaseDeadline } from "@/lib/console-cases/extend-case-deadline";
import { mergeCaseByNumber } from "@/lib/console-cases/merge-case";
import { replyToCase } from "@/lib/console-cases/reply-to-case";
import {
  ZAddInternalNote,
  ZChangeCaseStatus,
  ZExtendCaseDeadline,
  ZMergeCase,
  ZReplyToCase,
  ZUpdateCaseTriage,
} from "@/lib/console-cases/schemas";
import { updateCaseTriage } from "@/lib/console-cases/update-case-triage";

// Each domain function checks the role and the office scope again; the lists here only turn away the
// roles that may never call it, before the input is read.

export const updateCaseTriageAction = defineAction({
  name: "updateCaseTriage",
  schema: ZUpdateCaseTriage,
  authorize: () => requireStaff(...CASE_WORKERS),
  run: (input, actor) => updateCaseTriage(input, actor),
});

export const changeCaseStatusAction = defineAction({
  name: "changeCaseStatus",
  schema: ZChangeCaseStatus,
  authorize: () => requireStaff(...CASE_WORKERS),
  run: (input, actor) => changeCaseStatus(input, actor),
});

export const addInternalNoteAction = defineAction({
  name: "addInternalNote",
  schema: ZAddInternalNote,
  authorize: () => requireStaff(...CASE_WORKERS),
  run: (input, actor) => addInternalNote(input, actor),
});

export const replyToCaseAction = defineAction({
  name: "replyToCase",
  schema: ZReplyToCase,
  authorize: () => requireStaff(...CASE_WORKERS),
  run: (input, actor) => replyToCase(input, actor),
});

export const extendCaseDeadlineAction = defineAction({
  name: "extendCaseDeadline",
  schema: ZExtendCaseDeadline,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: (input, actor) => extendCaseDeadline(input, actor),
});

export const mergeCaseAction = defineAction({
  name: "mergeCase",
  schema: ZMergeCase,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: async (input, actor) => {
    const merged = await mergeCaseByNumber(input, actor);
    revalidatePath("/console/cases");
    return merged;
  },
});
