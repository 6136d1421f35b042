import { ConfigError, parseConfig, type TServerConfig } from "./config";
import { ensureDatabaseUrl } from "./db/database-url";
import { logger } from "./log/logger";

/** Start-up of a Node.js server instance; see instrumentation.ts. */
export async function registerNode() {
  let config: TServerConfig;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nSee .env.example for every variable. The server is not started.`);
    process.exit(1);
  }
  if (config.MAIL_TRANSPORT === "mailbox") {
    // Loud on purpose: a server that believes it sends mail, and does not, fails its users quietly.
    logger.warn(
      "MAIL_TRANSPORT=mailbox: mail is NOT delivered to anyone. Every message is kept in the development mailbox, readable at /dev/mailbox from this machine only (127.0.0.1 or ::1) or by a signed-in administrator. Set SMTP_URL (and unset MAIL_TRANSPORT) to send it.",
    );
  }
  const database = await ensureDatabaseUrl();
  if (database.isEmbedded) logger.info({ started: database.started }, "using the embedded PostgreSQL");

  // Every instance also works background jobs (email delivery, incoming mail, deadlines) unless
  // WORKER_MODE=off; graphile-worker's locking in the shared database keeps instances from running the same
  // job. With INBOUND_SMTP_PORT set it also listens for customers' replies.
  const { startBackgroundJobs } = await import("./jobs/start-background-jobs");
  await startBackgroundJobs({
    databaseUrl: database.url,
    isWorkerEmbedded: config.WORKER_MODE === "embedded",
    concurrency: config.WORKER_CONCURRENCY,
    inboundSmtp: config.INBOUND_SMTP_PORT
      ? { host: config.INBOUND_SMTP_HOST, port: config.INBOUND_SMTP_PORT, mailbox: config.MAIL_REPLY_ADDRESS }
      : undefined,
  });
}
