import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TTx = Prisma.TransactionClient;

/** Long enough for a queue of concurrent spends by one member to pass the member's row lock in turn. */
export const LEDGER_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Locks the member's row for the rest of the transaction. Every write to a member's ledger takes this
 * lock first, so balance checks, limits and idempotency checks of one member never interleave.
 */
export async function lockMember(tx: TTx, memberId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Member" WHERE id = ${memberId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new ActionError("NOT_FOUND", "loyalty.errors.memberNotFound");
}
