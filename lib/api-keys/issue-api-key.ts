import "server-only";

import type { TStaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

import { newApiKey } from "./key-format";
import type { TIssueApiKey } from "./schemas";

export type TIssuedApiKey = { id: string; name: string; prefix: string; scopes: string[]; key: string };

/** Issues a key. The returned `key` is the only time it exists in clear: show it once, never store it. */
export async function issueApiKey(input: TIssueApiKey, actor: Pick<TStaffUser, "id">): Promise<TIssuedApiKey> {
  const { key, keyHash, prefix } = newApiKey();
  const created = await db.apiKey.create({
    data: { name: input.name, scopes: input.scopes, keyHash, prefix, createdById: actor.id },
    select: { id: true, name: true, prefix: true, scopes: true },
  });
  logger.info({ apiKeyId: created.id, staffId: actor.id, scopes: created.scopes }, "api key issued");
  return { ...created, key };
}
