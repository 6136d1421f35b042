import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

import { assertRole, CASE_WORKERS, scopedCaseOrFail } from "./access";
import { applyStatusChange, STATUS_CASE_SELECT } from "./apply-status";
import type { TChangeCaseStatus } from "./schemas";

/** Moves a case along the status flow (see STATUS_TRANSITIONS), writing the change to its history. */
export async function changeCaseStatus(input: TChangeCaseStatus, user: TStaffUser): Promise<{ status: string }> {
  assertRole(user, CASE_WORKERS);
  return db.$transaction(async (tx) => {
    const current = await scopedCaseOrFail(tx, input.caseId, user, STATUS_CASE_SELECT);
    await applyStatusChange(tx, current, input.to, user.id);
    return { status: input.to };
  });
}
