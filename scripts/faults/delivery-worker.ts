/**
 * A process that only delivers outbox email, for the fault tests that kill it mid-delivery: the same
 * deliver-email task as every app instance, against DATABASE_URL and the SMTP server on 127.0.0.1:SMTP_PORT,
 * one job at a time. Prints "ready" once it takes jobs.
 *
 *   DATABASE_URL=… SMTP_PORT=… tsx scripts/faults/delivery-worker.ts
 */
import "@/scripts/support/outside-next";

import { createDeliverEmailTask } from "@/lib/email/deliver-email";
import { DELIVER_EMAIL_TASK } from "@/lib/email/delivery-job";
import { startWorker } from "@/lib/jobs/worker";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const port = Number(process.env.SMTP_PORT);
  if (!databaseUrl || !port) throw new Error("DATABASE_URL and SMTP_PORT are required");
  const task = createDeliverEmailTask({
    transport: "smtp",
    from: "Клуб клиентов <no-reply@portal.example>",
    smtp: { host: "127.0.0.1", port },
  });
  const worker = await startWorker({
    databaseUrl,
    concurrency: 1,
    taskList: { [DELIVER_EMAIL_TASK]: task },
    pollInterval: 200,
  });
  console.log("ready");
  await worker.promise;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
