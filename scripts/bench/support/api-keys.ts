/**
 * API keys for a benchmark, written straight into its throwaway database. Each key may make 300 requests a
 * minute (lib/api/limit-rules.ts); the load is spread over enough keys, one after another, that the limit
 * is checked on every request but never reached. lastUsedAt starts at now, so in the first minute no
 * request writes it — as with a partner's key in steady use, which writes it once a minute.
 */
import pg from "pg";

import { newApiKey } from "../../../lib/api-keys/key-format";
import type { TRequest } from "./http-bench";

export async function createApiKeys(databaseUrl: string, count: number, scopes: string[]): Promise<string[]> {
  const keys = Array.from({ length: count }, () => newApiKey());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "ApiKey" ("id", "name", "prefix", "keyHash", "scopes", "lastUsedAt")
       SELECT gen_random_uuid(), 'bench ' || n, prefix, hash, $3::text[], now() AT TIME ZONE 'UTC'
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(prefix, hash, n)`,
      [keys.map((k) => k.prefix), keys.map((k) => k.keyHash), scopes],
    );
  } finally {
    await client.end();
  }
  return keys.map((k) => k.key);
}

/** How many keys `requests` requests in one minute need, with room to spare. */
export function keysFor(requestsPerMinute: number): number {
  return Math.max(10, Math.ceil((requestsPerMinute / 300) * 1.5));
}

/** The headers of a load's i-th JSON request: the keys take turns, so that none reaches its limit. */
export function apiKeyHeaders(keys: string[], i: number): Record<string, string> {
  return { "Content-Type": "application/json", Authorization: `Bearer ${keys[i % keys.length]}` };
}

/** A load's i-th request: a POST of `body(i)` to `path` with the i-th key's headers. */
export function apiKeyPost(keys: string[], path: string, body: (i: number) => string): (i: number) => TRequest {
  return (i) => ({ method: "POST", path, headers: apiKeyHeaders(keys, i), body: body(i) });
}
