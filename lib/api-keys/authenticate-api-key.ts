import "server-only";

import { bearerToken } from "@/lib/api/bearer-token";
import { AuthError } from "@/lib/auth/errors";
import { db } from "@/lib/db";

import { hashApiKey, isWellFormedApiKey } from "./key-format";
import type { TApiScope } from "./scopes";

export type TApiClient = { id: string; name: string; scopes: string[] };

/** lastUsedAt is for people ("used today?"): writing it on every request would only load the database. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The client behind `Authorization: Bearer pk_…`, if its key exists, is not revoked and carries `scope`.
 * Throws AuthError: UNAUTHENTICATED without a valid key, FORBIDDEN for a valid key without the scope.
 */
export async function authenticateApiKey(request: Pick<Request, "headers">, scope: TApiScope): Promise<TApiClient> {
  const credential = bearerToken(request);
  if (!credential || !isWellFormedApiKey(credential)) throw new AuthError("UNAUTHENTICATED");
  const key = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(credential) },
    select: { id: true, name: true, scopes: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt) throw new AuthError("UNAUTHENTICATED");
  if (!key.scopes.includes(scope)) throw new AuthError("FORBIDDEN");

  const now = Date.now();
  // Written when it is a minute old; the condition makes one of several requests at that moment the writer.
  if (!key.lastUsedAt || key.lastUsedAt.getTime() < now - LAST_USED_PRECISION_MS) {
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_PRECISION_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { id: key.id, name: key.name, scopes: key.scopes };
}
