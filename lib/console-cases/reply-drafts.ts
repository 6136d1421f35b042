import "server-only";

import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { scopedCaseOrFail } from "./access";
import type { TDeleteReplyDraft, TSaveReplyDraft } from "./schemas";

/** What the reply form starts from: the staff member's own draft, never a colleague's. */
export type TReplyDraft = { body: string; templateId: string | null; savedAt: Date };

export async function readReplyDraft(caseId: string, user: TStaffUser): Promise<TReplyDraft | null> {
  const draft = await db.replyDraft.findUnique({
    where: { caseId_staffId: { caseId, staffId: user.id } },
    select: { body: true, templateId: true, updatedAt: true },
  });
  return draft ? { body: draft.body, templateId: draft.templateId, savedAt: draft.updatedAt } : null;
}

/**
 * Keeps the reply as it is being written, one draft per case and staff member. A blank text with no
 * template is nothing to keep: the draft goes. A template that has since been deleted is forgotten.
 */
export async function saveReplyDraft(input: TSaveReplyDraft, user: TStaffUser): Promise<{ savedAt: Date | null }> {
  assertCan(user, "case.work");
  return db.$transaction(async (tx) => {
    await scopedCaseOrFail(tx, input.caseId, user, { id: true });
    const key = { caseId: input.caseId, staffId: user.id };
    if (input.body.trim() === "" && !input.templateId) {
      await tx.replyDraft.deleteMany({ where: key });
      return { savedAt: null };
    }
    const template = input.templateId
      ? await tx.replyTemplate.findUnique({ where: { id: input.templateId }, select: { id: true } })
      : null;
    const fields = { body: input.body, templateId: template?.id ?? null };
    const saved = await tx.replyDraft.upsert({
      where: { caseId_staffId: key },
      create: { ...key, ...fields },
      update: fields,
      select: { updatedAt: true },
    });
    return { savedAt: saved.updatedAt };
  });
}

export async function deleteReplyDraft(input: TDeleteReplyDraft, user: TStaffUser): Promise<{ savedAt: null }> {
  assertCan(user, "case.work");
  return db.$transaction(async (tx) => {
    await scopedCaseOrFail(tx, input.caseId, user, { id: true });
    await tx.replyDraft.deleteMany({ where: { caseId: input.caseId, staffId: user.id } });
    return { savedAt: null };
  });
}
