import "server-only";

import { db } from "@/lib/db";

/** What a staff member's own account page shows beyond the session: since when a second factor guards it. */
export async function getOwnAccount(staffId: string): Promise<{ totpEnabledAt: Date | null }> {
  return db.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { totpEnabledAt: true } });
}
