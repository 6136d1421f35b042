import type { TFiledCase } from "./filing";

/** What the filer's browser is told: the number, the deadline and their private status page. */
export type TReceipt = { caseNumber: string; statusPath: string | null; dueAt: string | null; isJoined: boolean };

export function toReceipt(filed: TFiledCase): TReceipt {
  return {
    caseNumber: filed.caseNumber,
    statusPath: filed.statusToken ? `/status/${filed.statusToken}` : null,
    dueAt: filed.dueAt?.toISOString() ?? null,
    isJoined: filed.isJoined,
  };
}
