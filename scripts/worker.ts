/**
 * `npm run worker`: a process that only works background jobs (email delivery), for running them apart
 * from the web servers — set WORKER_MODE=off on those — or beside them. Any number may run at once.
 * Stops gracefully on SIGTERM/SIGINT: running jobs finish, the others stay queued.
 */
import { ConfigError, getConfig } from "@/lib/config";
import { ensureDatabaseUrl } from "@/lib/db/database-url";
import { ensureJobQueue } from "@/lib/jobs/job-queue";
import { startWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log/logger";

async function main() {
  const database = await ensureDatabaseUrl();
  const config = getConfig();
  await ensureJobQueue(database.url);
  const worker = await startWorker({ databaseUrl: database.url, concurrency: config.WORKER_CONCURRENCY });
  logger.info({ concurrency: config.WORKER_CONCURRENCY, mail: config.MAIL_TRANSPORT }, "job worker started");
  await worker.promise;
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(`${error.message}\nSee .env.example for every variable.`);
  } else {
    logger.error({ err: error }, "the job worker failed");
  }
  process.exit(1);
});
