import "server-only";

import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { caseEventRow } from "@/lib/cases/lifecycle/events";
import { db } from "@/lib/db";

import { scopedCaseOrFail, staffActor } from "./access";
import type { TAddInternalNote } from "./schemas";

/** A note for colleagues: in the case's history, never shown to applicants. */
export async function addInternalNote(input: TAddInternalNote, user: TStaffUser): Promise<{ eventId: string }> {
  assertCan(user, "case.work");
  return db.$transaction(async (tx) => {
    await scopedCaseOrFail(tx, input.caseId, user, { id: true });
    const event = await tx.caseEvent.create({
      data: caseEventRow(input.caseId, { kind: "INTERNAL_NOTE", body: input.body }, staffActor(user)),
      select: { id: true },
    });
    return { eventId: event.id };
  });
}
