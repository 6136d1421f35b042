/**
 * `npm run worker`: a process that only works background jobs (email delivery, incoming mail, deadlines) and,
 * with INBOUND_SMTP_PORT, listens for customers' replies — for running them apart
 * from the web servers — set WORKER_MODE=off on those — or beside them. Any number may run at once.
 * Stops gracefully on SIGTERM/SIGINT: running jobs finish, the others stay queued.
 */
import "./support/outside-next";

import { ConfigError, getConfig } from "@/lib/config";
import { ensureDatabaseUrl } from "@/lib/db/database-url";
import { ensureJobQueue } from "@/lib/jobs/job-queue";
import { startInboundListener } from "@/lib/jobs/start-background-jobs";
import { startWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log/logger";

async function main() {
  const database = await ensureDatabaseUrl();
  const config = getConfig();
  await ensureJobQueue(database.url);
  // Customers' replies (INBOUND_SMTP_PORT): skipped when a web server of this host already listens.
  const inbound = config.INBOUND_SMTP_PORT
    ? await startInboundListener({
        host: config.INBOUND_SMTP_HOST,
        port: config.INBOUND_SMTP_PORT,
        mailbox: config.MAIL_REPLY_ADDRESS,
      })
    : null;
  const worker = await startWorker({ databaseUrl: database.url, concurrency: config.WORKER_CONCURRENCY });
  logger.info({ concurrency: config.WORKER_CONCURRENCY, mail: config.MAIL_TRANSPORT }, "job worker started");
  await worker.promise;
  await inbound?.close();
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
