import "server-only";

import { ActionError } from "@/lib/action/action-error";
import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

/**
 * Revokes a key for good: it stops working on its next request. Revoking a revoked key changes nothing
 * (a double click, two admins at once) and keeps the first time.
 */
export async function revokeApiKey(
  id: string,
  actor: Pick<TStaffUser, "id">,
): Promise<{ id: string; name: string; revokedAt: Date }> {
  await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  const key = await db.apiKey.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
  if (!key?.revokedAt) throw new ActionError("NOT_FOUND", "actions.notFound");
  logger.info({ apiKeyId: id, staffId: actor.id }, "api key revoked");
  return { id: key.id, name: key.name, revokedAt: key.revokedAt };
}
