import "server-only";

import { startInboundSmtp, type TInboundSmtp } from "@/lib/inbound-email";
import { logger } from "@/lib/log/logger";

import { ensureJobQueue } from "./job-queue";
import { startWorker } from "./worker";

const RETRY_MS = 30_000;

export type TInboundSmtpOptions = { host: string; port: number; mailbox: string };

let inbound: Promise<TInboundSmtp | null> | undefined;

/**
 * The SMTP listener for customers' replies (INBOUND_SMTP_PORT), once per process. It only stores each
 * message and queues its filing, so it runs whatever WORKER_MODE says; when another process of this host
 * (a web server, `npm run worker`) already has the port, this one goes on without it.
 */
export function startInboundListener(options: TInboundSmtpOptions): Promise<TInboundSmtp | null> {
  inbound ??= startInboundSmtp(options).catch((error: unknown) => {
    inbound = undefined;
    throw error;
  });
  return inbound;
}

/**
 * Start-up of background jobs in an app instance: graphile-worker's schema, then (WORKER_MODE=embedded)
 * a worker, so every instance also delivers mail. When the database cannot be reached yet, the server
 * still starts (its health check says what is wrong) and this tries again every 30 seconds.
 */
export async function startBackgroundJobs(options: {
  databaseUrl: string;
  isWorkerEmbedded: boolean;
  concurrency: number;
  inboundSmtp?: TInboundSmtpOptions;
}) {
  try {
    await ensureJobQueue(options.databaseUrl);
    if (options.inboundSmtp) await startInboundListener(options.inboundSmtp);
    if (!options.isWorkerEmbedded) return;
    await startWorker({ databaseUrl: options.databaseUrl, concurrency: options.concurrency });
    logger.info({ concurrency: options.concurrency }, "job worker started");
  } catch (error) {
    logger.error({ err: error }, `background jobs not started; trying again in ${RETRY_MS / 1000} s`);
    setTimeout(() => void startBackgroundJobs(options), RETRY_MS).unref();
  }
}
