/**
 * The background job queue: graphile-worker's tables in their own schema `graphile_worker`, beside Prisma's
 * tables in the same database, so a job is added in the same transaction as the change that needs it.
 *
 * No `server-only` here: the test harness, run by plain Node, migrates the queue of every test database.
 */
import { runMigrations } from "graphile-worker";

import { graphileLogger } from "./graphile-logger";

/** Creates or upgrades graphile-worker's schema; safe to run on every start, by several instances at once. */
export async function ensureJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: graphileLogger });
}
