import "server-only";

import { logger } from "@/lib/log/logger";

import { ensureJobQueue } from "./job-queue";
import { startWorker } from "./worker";

const RETRY_MS = 30_000;

/**
 * Start-up of background jobs in an app instance: graphile-worker's schema, then (WORKER_MODE=embedded)
 * a worker, so every instance also delivers mail. When the database cannot be reached yet, the server
 * still starts (its health check says what is wrong) and this tries again every 30 seconds.
 */
export async function startBackgroundJobs(options: { databaseUrl: string; isWorkerEmbedded: boolean; concurrency: number }) {
  try {
    await ensureJobQueue(options.databaseUrl);
    if (!options.isWorkerEmbedded) return;
    await startWorker({ databaseUrl: options.databaseUrl, concurrency: options.concurrency });
    logger.info({ concurrency: options.concurrency }, "job worker started");
  } catch (error) {
    logger.error({ err: error }, `background jobs not started; trying again in ${RETRY_MS / 1000} s`);
    setTimeout(() => void startBackgroundJobs(options), RETRY_MS).unref();
  }
}
