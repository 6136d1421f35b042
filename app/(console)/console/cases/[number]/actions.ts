"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { requireAbility } from "@/lib/auth/current-user";
import { addInternalNote } from "@/lib/console-cases/add-internal-note";
import { changeCaseStatus } from "@/lib/console-cases/change-case-status";
import { extendCaseDeadline } from "@/lib/console-cases/extend-case-deadline";
import { endCorrespondence, forwardCase, leaveCaseUnanswered } from "@/lib/console-cases/give-outcome";
import { mergeCaseByNumber } from "@/lib/console-cases/merge-case";
import { deleteReplyDraft, saveReplyDraft } from "@/lib/console-cases/reply-drafts";
import { sendCaseReply } from "@/lib/console-cases/reply-to-case";
import {
  ZAddInternalNote,
  ZAssignCaseToMe,
  ZChangeCaseStatus,
  ZDeleteReplyDraft,
  ZEndCorrespondence,
  ZExtendCaseDeadline,
  ZForwardCase,
  ZLeaveCaseUnanswered,
  ZMergeCase,
  ZReplyToCase,
  ZSaveReplyDraft,
  ZUpdateCaseTriage,
} from "@/lib/console-cases/schemas";
import { updateCaseTriage } from "@/lib/console-cases/update-case-triage";

// Each domain function checks the ability and the office scope again; the abilities here only turn away
// the roles that may never call it, before the input is read.

export const updateCaseTriageAction = defineAction({
  name: "updateCaseTriage",
  schema: ZUpdateCaseTriage,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => updateCaseTriage(input, actor),
});

// Taking a case is the triage's assignment with oneself as the assignee: one place records it and holds the
// rules (who may take what, within which offices).
export const assignCaseToMeAction = defineAction({
  name: "assignCaseToMe",
  schema: ZAssignCaseToMe,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => updateCaseTriage({ caseId: input.caseId, assigneeId: actor.id }, actor),
});

export const changeCaseStatusAction = defineAction({
  name: "changeCaseStatus",
  schema: ZChangeCaseStatus,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => changeCaseStatus(input, actor),
});

export const addInternalNoteAction = defineAction({
  name: "addInternalNote",
  schema: ZAddInternalNote,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => addInternalNote(input, actor),
});

export const replyToCaseAction = defineAction({
  name: "replyToCase",
  schema: ZReplyToCase,
  authorize: () => requireAbility("case.reply"),
  run: (input, actor) => sendCaseReply(input, actor),
});

// A draft is saved as it is typed; the page is not read again for it (useAction with refresh: false).
export const saveReplyDraftAction = defineAction({
  name: "saveReplyDraft",
  schema: ZSaveReplyDraft,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => saveReplyDraft(input, actor),
});

export const deleteReplyDraftAction = defineAction({
  name: "deleteReplyDraft",
  schema: ZDeleteReplyDraft,
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => deleteReplyDraft(input, actor),
});

export const extendCaseDeadlineAction = defineAction({
  name: "extendCaseDeadline",
  schema: ZExtendCaseDeadline,
  authorize: () => requireAbility("case.extend"),
  run: (input, actor) => extendCaseDeadline(input, actor),
});

export const mergeCaseAction = defineAction({
  name: "mergeCase",
  schema: ZMergeCase,
  authorize: () => requireAbility("case.merge"),
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
  authorize: () => requireAbility("case.work"),
  run: (input, actor) => forwardCase(input, actor),
});

export const leaveCaseUnansweredAction = defineAction({
  name: "leaveCaseUnanswered",
  schema: ZLeaveCaseUnanswered,
  authorize: () => requireAbility("case.leaveUnanswered"),
  run: (input, actor) => leaveCaseUnanswered(input, actor),
});

export const endCorrespondenceAction = defineAction({
  name: "endCorrespondence",
  schema: ZEndCorrespondence,
  authorize: () => requireAbility("case.endCorrespondence"),
  run: (input, actor) => endCorrespondence(input, actor),
});
