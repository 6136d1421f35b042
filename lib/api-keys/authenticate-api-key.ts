import "server-only";

import { AuthError } from "@/lib/auth/errors";
import { db } from "@/lib/db";
import { LAZY_COMMIT } from "@/lib/db/lazy-commit";
import { Prisma } from "@/lib/generated/prisma/client";
import { bearerToken } from "@/lib/http/bearer-token";
import {
  countAttemptSql,
  rateLimitResult,
  type TRateLimitResult,
  type TRateLimitRule,
} from "@/lib/rate-limit/consume-rate-limit";

import { hashApiKey, isWellFormedApiKey } from "./key-format";
import type { TApiScope } from "./scopes";

export type TApiClient = { id: string; name: string; scopes: string[] };

/** lastUsedAt is for people ("used today?"): writing it on every request would only load the database. */
const LAST_USED_PRECISION_SECONDS = 60;

/** The rate-limit bucket of a key's requests is this and the key's id. */
export const API_KEY_BUCKET_PREFIX = "api:key:";

type TKeyRow = TApiClient & { revokedAt: Date | null; count: number | null; secondsLeft: number | null };

/** The bucket's count within the limit: rateLimitResult's isAllowed, in SQL. */
const isWithinLimitSql = (limit: TRateLimitRule) => Prisma.sql`"bucket"."count" <= ${limit.limit}::int`;

/**
 * The client behind `Authorization: Bearer pk_…`, if its key exists, is not revoked and carries `scope`,
 * with the request counted against the key's `limit` (the caller refuses it when `limit.isAllowed` is
 * false). Throws AuthError: UNAUTHENTICATED without a valid key, FORBIDDEN for a valid key without the scope.
 *
 * Every API request starts here, so one statement does it all: finds the key, counts the request in the
 * key's bucket (only for a key that may make it) and, once a minute, records when the key was last used.
 */
export async function authenticateApiKey(
  request: Pick<Request, "headers">,
  scope: TApiScope,
  limit: TRateLimitRule,
): Promise<TApiClient & { limit: TRateLimitResult }> {
  const { id, name, scopes, limit: counted } = await authenticateApiKeyWith(request, scope, limit);
  return { id, name, scopes, limit: counted };
}

/**
 * Work a route does in the key's statement as well, saving it a round trip: `sql`, an SQL expression of one
 * value, built around `isAdmitted` (true only when the key may make the request within its limit) so that it
 * does nothing otherwise, e.g. `CASE WHEN ${isAdmitted} THEN my_function(…) END`. The key's bucket stays locked
 * until the statement ends, so the work should be short. `isReadOnly` work lets the statement commit as one
 * that writes only the key's counters does (LAZY_COMMIT); work that writes must say it does not.
 */
export type TAlongsideWork = { sql: (isAdmitted: Prisma.Sql) => Prisma.Sql; isReadOnly: boolean };

/** authenticateApiKey with `work` done in the same statement: its value is `alongside` (null when refused). */
export async function authenticateApiKeyWith<TAlongside = null>(
  request: Pick<Request, "headers">,
  scope: TApiScope,
  limit: TRateLimitRule,
  work?: TAlongsideWork,
): Promise<TApiClient & { limit: TRateLimitResult; alongside: TAlongside | null }> {
  const credential = bearerToken(request);
  if (!credential || !isWellFormedApiKey(credential)) throw new AuthError("UNAUTHENTICATED");
  // The key's own writes are counters (its bucket, its last use): unless the work writes as well, the
  // statement need not wait for the disk, and the request's real write waits for one flush, not two.
  const isLazy = !work || work.isReadOnly;
  const [key] = await db.$queryRaw<(TKeyRow & { alongside?: TAlongside | null })[]>`
    WITH "client" AS (
      SELECT "id", "name", "scopes", "revokedAt" FROM "ApiKey" WHERE "keyHash" = ${hashApiKey(credential)}
    ), "admitted" AS (
      SELECT "id" FROM "client" WHERE "revokedAt" IS NULL AND ${scope}::text = ANY("scopes")
    ), "bucket" AS (
      ${countAttemptSql(Prisma.sql`SELECT ${API_KEY_BUCKET_PREFIX}::text || "id"::text AS "key" FROM "admitted"`, limit)}
    ), "used" AS (
      -- The condition makes one of several requests at that moment the writer.
      UPDATE "ApiKey" SET "lastUsedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" IN (SELECT "id" FROM "admitted") AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() AT TIME ZONE 'UTC' - ${LAST_USED_PRECISION_SECONDS}::int * interval '1 second')
    )
    SELECT "client"."id", "client"."name", "client"."scopes", "client"."revokedAt", "bucket"."count", "bucket"."secondsLeft"${work ? Prisma.sql`, ${work.sql(isWithinLimitSql(limit))} AS "alongside"` : Prisma.empty}${isLazy ? Prisma.sql`, ${LAZY_COMMIT} AS "lazyCommit"` : Prisma.empty}
    FROM "client" LEFT JOIN "bucket" ON true`;
  if (!key || key.revokedAt) throw new AuthError("UNAUTHENTICATED");
  if (!key.scopes.includes(scope) || key.count === null || key.secondsLeft === null) throw new AuthError("FORBIDDEN");
  return {
    id: key.id,
    name: key.name,
    scopes: key.scopes,
    limit: rateLimitResult({ count: key.count, secondsLeft: key.secondsLeft }, limit),
    alongside: key.alongside ?? null,
  };
}
