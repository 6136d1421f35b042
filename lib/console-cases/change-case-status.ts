import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { assertCan } from "@/lib/action/assert-can";
import type { TStaffUser } from "@/lib/auth/current-user";
import { MOVE_CASE_SELECT, moveCase } from "@/lib/cases/lifecycle/move-case";
import { db } from "@/lib/db";

import { scopedCaseOrFail, staffActor } from "./access";
import type { TChangeCaseStatus } from "./schemas";

/**
 * The status control: moves a case the way the lifecycle allows it by hand (statusChoices), with what the
 * move implies and the applicants told. A merged duplicate stays with the case it joined.
 */
export async function changeCaseStatus(input: TChangeCaseStatus, user: TStaffUser): Promise<{ status: string }> {
  assertCan(user, "case.work");
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, MOVE_CASE_SELECT);
    if (current.mergedIntoId) throw new ActionError("CONFLICT", "caseDetail.errors.merged");
    await moveCase(tx, current, input.to, staffActor(user), { via: "status" });
    return { status: input.to };
  });
}
