import "server-only";

import { ActionError } from "@/lib/action/action-error";
import {
  consumeRateLimit,
  peekRateLimits,
  type TRateLimitDb,
  type TRateLimitRule,
} from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { allowanceValues, UPLOAD_ALLOWANCE, type TUploadAllowance } from "./limits";

/** Whose allowance an upload draws on: the case's, and the client's when its address is known. */
export type TUploadScope = { caseId: string; ip?: string };

type TBudget = { key: string; files: TRateLimitRule; bytes: TRateLimitRule };

const rule = (limit: number): TRateLimitRule => ({ limit, windowSeconds: UPLOAD_ALLOWANCE.windowSeconds });

/** The budgets in one fixed order (case, then client): transactions lock their rows alike and never deadlock. */
function budgets(scope: TUploadScope): TBudget[] {
  const { perCase, perClient } = UPLOAD_ALLOWANCE;
  return [
    { key: `upload:case:${scope.caseId}`, files: rule(perCase.files), bytes: rule(perCase.bytes) },
    ...(scope.ip ? [{ key: `upload:ip:${scope.ip}`, files: rule(perClient.files), bytes: rule(perClient.bytes) }] : []),
  ];
}

/** What may still be uploaded today: the smaller of the case's and the client's allowance. Counts nothing. */
export async function uploadAllowance(scope: TUploadScope, client?: TRateLimitDb): Promise<TUploadAllowance> {
  const all = budgets(scope);
  const left = await peekRateLimits(
    all.flatMap((budget) => [
      { key: `${budget.key}:files`, rule: budget.files },
      { key: `${budget.key}:bytes`, rule: budget.bytes },
    ]),
    client,
  );
  const files = left.filter((_, index) => index % 2 === 0);
  const bytes = left.filter((_, index) => index % 2 === 1);
  return { files: Math.min(...files), bytes: Math.min(...bytes) };
}

function totalBytes(files: readonly { size: number }[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/** The refusal the person reads on the files field (what is left today, nothing of this request kept), on the trail too. */
export async function overAllowance(allowance: TUploadAllowance): Promise<ActionError> {
  await recordSecurityEvent({ kind: "RATE_LIMITED", limit: "status-upload" });
  return new ActionError("RATE_LIMITED", "attachments.overAllowance", allowanceValues(allowance), "attachments");
}

/** Refuses files that do not fit what is left today, before any of them is stored. */
export async function checkUploadAllowance(scope: TUploadScope, files: readonly { size: number }[]): Promise<void> {
  if (files.length === 0) return;
  const allowance = await uploadAllowance(scope);
  if (files.length > allowance.files || totalBytes(files) > allowance.bytes) throw await overAllowance(allowance);
}

/** Thrown inside the transaction when a concurrent upload took the allowance first; the rollback takes ours back. */
export class UploadAllowanceTaken extends Error {
  constructor() {
    super("The day's upload allowance was taken by a concurrent upload");
    this.name = "UploadAllowanceTaken";
  }
}

/**
 * Counts accepted files and their bytes against the day's allowances, inside the transaction that records
 * them (`tx`): the buckets' rows stay locked until it ends, so concurrent uploads are counted one after
 * another, and an upload refused here or failing later is taken back with the rollback. Only what is
 * accepted is ever counted.
 */
export async function consumeUploadAllowance(
  tx: TRateLimitDb,
  scope: TUploadScope,
  files: readonly { size: number }[],
): Promise<void> {
  if (files.length === 0) return;
  const bytes = totalBytes(files);
  for (const budget of budgets(scope)) {
    const counted = [
      await consumeRateLimit(`${budget.key}:files`, budget.files, tx, files.length),
      await consumeRateLimit(`${budget.key}:bytes`, budget.bytes, tx, Math.max(1, bytes)),
    ];
    if (counted.some((result) => !result.isAllowed)) throw new UploadAllowanceTaken();
  }
}
