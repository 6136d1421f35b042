import "server-only";

import type pg from "pg";

import { DELIVER_EMAIL_TASK, DELIVERY_JOB_KEY_PREFIX } from "./delivery-job";

/** Jobs added per statement: one notification for the lot. */
export const RELAY_BATCH = 500;

/**
 * Adds the delivery jobs of up to `limit` pending messages (PendingEmailJob) and removes their rows, in one
 * statement: a relay that dies halfway adds nothing and removes nothing. Relays of several workers take
 * different rows (SKIP LOCKED), and a job's key is its message's, so no message gets two jobs. Returns how
 * many jobs it added.
 */
export async function relayPendingEmails(client: Pick<pg.Pool, "query">, limit = RELAY_BATCH): Promise<number> {
  const { rows } = await client.query<{ added: number }>(
    `WITH "taken" AS (
       DELETE FROM "PendingEmailJob"
       WHERE "messageId" IN (
         SELECT "messageId" FROM "PendingEmailJob" ORDER BY "messageId" LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING "messageId", "maxAttempts"
     ), "batch" AS (
       SELECT array_agg(ROW(
         $2::text, json_build_object('id', "messageId"), NULL, NULL, "maxAttempts", $3::text || "messageId"::text, NULL, NULL
       )::graphile_worker.job_spec) AS "specs"
       FROM "taken"
     )
     SELECT count(*)::int AS "added"
     FROM (SELECT "specs" FROM "batch" WHERE "specs" IS NOT NULL) AS "due", graphile_worker.add_jobs("due"."specs")`,
    [limit, DELIVER_EMAIL_TASK, DELIVERY_JOB_KEY_PREFIX],
  );
  return rows[0]?.added ?? 0;
}
