import type { TFiledCase } from "./filing";
import type { TSimilarCase } from "./similar-complaint";

/**
 * What the filer's browser is told: the number, the deadline and their private status page; for a rating
 * that corrected the browser's earlier one, `isUpdate`; for a complaint like one the filer sent in the last
 * days, that one's number and date (its link went to their email, never to the page).
 */
export type TReceipt = {
  caseNumber: string;
  statusPath: string | null;
  dueAt: string | null;
  isJoined: boolean;
  isUpdate?: boolean;
  similar?: { caseNumber: string; filedAt: string };
};

export function toReceipt(filed: TFiledCase & { isUpdate?: boolean; similar?: TSimilarCase }): TReceipt {
  return {
    caseNumber: filed.caseNumber,
    statusPath: filed.statusToken ? `/status/${filed.statusToken}` : null,
    dueAt: filed.dueAt?.toISOString() ?? null,
    isJoined: filed.isJoined,
    ...(filed.isUpdate ? { isUpdate: true } : {}),
    ...(filed.similar
      ? { similar: { caseNumber: filed.similar.caseNumber, filedAt: filed.similar.filedAt.toISOString() } }
      : {}),
  };
}
