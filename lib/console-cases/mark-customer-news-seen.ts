import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * A case worker has opened the case: what the customer sent is no longer news, and the inbox stops flagging
 * it. One conditional update, made only when there is news; an analyst's reading leaves it for the workers.
 */
export async function markCustomerNewsSeen(
  found: { id: string; customerNewsAt: Date | null },
  user: TStaffUser,
): Promise<void> {
  if (!found.customerNewsAt || !can(user, "case.work")) return;
  await db.case.updateMany({ where: { id: found.id, customerNewsAt: { not: null } }, data: { customerNewsAt: null } });
}
