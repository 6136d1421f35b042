import "server-only";

import { rolesWith } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who is told about deadlines: staff with `case.deadlineAlerts` (supervisors and admins) whose accounts work
 * (not disabled, password set).
 * Staff accounts carry no language, and the department works in Russian.
 */
export async function deadlineRecipients(tx: Prisma.TransactionClient): Promise<{ email: string }[]> {
  return tx.staffUser.findMany({
    where: { role: { in: rolesWith("case.deadlineAlerts") }, isDisabled: false, passwordHash: { not: null } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
}
