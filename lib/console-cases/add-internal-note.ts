import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { assertRole, CASE_WORKERS, scopedCaseOrFail } from "./access";
import type { TAddInternalNote } from "./schemas";

/** A note for colleagues: in the case's history, never shown to applicants (isPublic false). */
export async function addInternalNote(input: TAddInternalNote, user: TStaffUser): Promise<{ eventId: string }> {
  assertRole(user, CASE_WORKERS);
  return db.$transaction(async (tx) => {
    await scopedCaseOrFail(tx, input.caseId, user, { id: true });
    const event = await tx.caseEvent.create({
      data: { caseId: input.caseId, kind: "INTERNAL_NOTE", isPublic: false, body: input.body, staffId: user.id, data: { action: "NOTE", before: null, after: { note: input.body } } },
      select: { id: true },
    });
    return { eventId: event.id };
  });
}
