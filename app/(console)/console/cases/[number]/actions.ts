"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireStaff } from "@/lib/auth/current-user";
import { CASE_MANAGERS, CASE_WORKERS } from "@/lib/console-cases/access";
import { addInternalNote } from "@/lib/console-cases/add-internal-note";
import { changeCaseStatus } from "@/lib/console-cases/change-case-status";
import { extendCaseDeadline } from "@/lib/console-cases/extend-case-deadline";
import { endCorrespondence, forwardCase, leaveCaseUnanswered } from "@/lib/console-cases/give-outcome";
import { mergeCaseByNumber } from "@/lib/console-cases/merge-case";
import { replyToCase } from "@/lib/console-cases/reply-to-case";
import {
  ZAddInternalNote,
  ZChangeCaseStatus,
  ZEndCorrespondence,
  ZExtendCaseDeadline,
  ZForwardCase,
  ZLeaveCaseUnanswered,
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

// The outcomes besides an answer (59-ФЗ): forwarding is any case worker's; leaving without an answer and
// ending correspondence are decisions for supervisors and admins.

export const forwardCaseAction = defineAction({
  name: "forwardCase",
  schema: ZForwardCase,
  authorize: () => requireStaff(...CASE_WORKERS),
  run: (input, actor) => forwardCase(input, actor),
});

export const leaveCaseUnansweredAction = defineAction({
  name: "leaveCaseUnanswered",
  schema: ZLeaveCaseUnanswered,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: (input, actor) => leaveCaseUnanswered(input, actor),
});

export const endCorrespondenceAction = defineAction({
  name: "endCorrespondence",
  schema: ZEndCorrespondence,
  authorize: () => requireStaff(...CASE_MANAGERS),
  run: (input, actor) => endCorrespondence(input, actor),
});
