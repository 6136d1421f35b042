import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { isOpenStatus } from "./lifecycle/statuses";

/**
 * Whether the applicant may still add information or files: while the case is open, and once answered
 * (a follow-up to the answer). Closed, forwarded, left without an answer and ended correspondence take none.
 */
export function isOpenToAdditions(status: CaseStatus): boolean {
  return isOpenStatus(status) || status === "ANSWERED";
}
