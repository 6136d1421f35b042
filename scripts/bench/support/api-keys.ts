/**
 * API keys for a benchmark, written straight into its throwaway database. Each key may make 300 requests a
 * minute (lib/api/limit-rules.ts); the load is spread over enough keys, one after another, that the limit
 * is checked on every request but never reached. lastUsedAt starts at now, so in the first minute no
 * request writes it — as with a partner's key in steady use, which writes it once a minute.
 */
import pg from "pg";

import { newApiKey } from "../../../lib/api-keys/key-format";

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
