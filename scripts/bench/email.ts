/**
 * `npm run bench:email [-- --count=10000 --concurrency=4 --port=3530]`: emails through the outbox to a
 * local SMTP server, end to end, against a throwaway database (never the portal's own).
 *
 * Baselines, in the same run, to the same SMTP server: the same number of the same message sent straight
 * with nodemailer, as many at once as the worker runs jobs (--concurrency, the default of
 * WORKER_CONCURRENCY): with nodemailer's defaults and a connection per message (the reference of the
 * target); the same with Nagle's algorithm off, as the delivery's sockets are; and through the delivery's
 * own pooled transport (as many connections, Nagle off) — what the outbox would cost were it free. Then the outbox:
 * `enqueueEmail` writes each message and its delivery job in a transaction of its own (8 at once, as
 * web requests would), and a graphile-worker with the real `deliver-email` task sends them until every
 * message is SENT. End to end is from the first enqueue to the last message recorded as sent.
 *
 * The SMTP server on loopback (support/counting-smtp.ts) accepts everything and only counts: its own cost
 * stays out of the figures.
 */
import "../support/outside-next";

import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

import { benchDatabase, numberFlag, printMachine, runMain, writeResults } from "./support/bench-run";
import { startCountingSmtp } from "./support/counting-smtp";
import { checkTarget } from "./support/targets";

// One log line per delivered message would measure the logger.
process.env.LOG_LEVEL ||= "warn";

const count = numberFlag("count", 10_000, { isWhole: true });
const concurrency = numberFlag("concurrency", 4, { isWhole: true });
const port = numberFlag("port", 3530, { isWhole: true });
const ENQUEUE_CONCURRENCY = 8;

async function inParallel(total: number, width: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let i = next++; i < total; i = next++) await work(i);
    }),
  );
}

const seconds = (from: number) => (performance.now() - from) / 1000;

runMain(async () => {
  // After LOG_LEVEL is set: benchDatabase loads the app's modules, and the logger reads it when first loaded.
  const database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL ??= "http://127.0.0.1:3000";
  const smtp = await startCountingSmtp(port);
  const { db } = await import("../../lib/db");
  const { enqueueEmail } = await import("../../lib/email/outbox");
  const { renderEmail } = await import("../../lib/email/render-email");
  const { createDeliverEmailTask } = await import("../../lib/email/deliver-email");
  const { DELIVER_EMAIL_TASK } = await import("../../lib/email/delivery-job");
  const { createPooledSmtpTransport, createSmtpTransport, messageIdFor } = await import("../../lib/email/transport");
  const { startWorker } = await import("../../lib/jobs/worker");
  const settings = {
    transport: "smtp" as const,
    from: "Клуб клиентов <no-reply@portal.example>",
    smtp: { url: `smtp://127.0.0.1:${port}` },
    connections: concurrency,
  };
  const message = (i: number) => ({
    template: "case-filed" as const,
    to: `applicant${i}@mail.example`,
    locale: "ru" as const,
    data: {
      name: "Мария",
      caseNumber: `Ж-2026-${String(i).padStart(7, "0")}`,
      kind: "COMPLAINT" as const,
      statusUrl: `http://127.0.0.1:3000/status/token${i}`,
      dueDate: "21 декабря 2026 г.",
      isJoined: false,
    },
  });
  try {
    // Baselines: straight to the SMTP server.
    const rendered = await renderEmail(message(0));
    const sendAll = async (transport: { sendMail: (mail: Mail.Options) => Promise<unknown>; close: () => void }) => {
      const baselineStarted = performance.now();
      await inParallel(count, concurrency, (i) =>
        transport.sendMail({
          from: settings.from,
          to: `applicant${i}@mail.example`,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          messageId: messageIdFor(`baseline-${i}`, settings.from),
        }),
      );
      transport.close();
      return seconds(baselineStarted);
    };
    const baselineSeconds = await sendAll(nodemailer.createTransport(settings.smtp));
    const noDelaySeconds = await sendAll(createSmtpTransport(settings.smtp));
    const pooledSeconds = await sendAll(createPooledSmtpTransport(settings.smtp, concurrency));

    // The outbox: enqueue every message, then deliver them all with the worker.
    const started = performance.now();
    await inParallel(count, ENQUEUE_CONCURRENCY, (i) => db.$transaction((tx) => enqueueEmail(tx, message(i))));
    const enqueueSeconds = seconds(started);
    const deliveryStarted = performance.now();
    const worker = await startWorker({
      databaseUrl: database.url,
      concurrency,
      taskList: { [DELIVER_EMAIL_TASK]: createDeliverEmailTask(settings) },
      cronItems: [],
      handleSignals: false,
    });
    let sent = 0;
    const deadline = Date.now() + Math.max(120_000, count * 50);
    while (sent < count) {
      if (Date.now() > deadline) throw new Error(`only ${sent} of ${count} messages were sent in time`);
      const failed = await db.outboxMessage.count({ where: { status: "FAILED" } });
      if (failed) throw new Error(`${failed} messages failed`);
      sent = await db.outboxMessage.count({ where: { status: "SENT" } });
      if (sent < count) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const deliverySeconds = seconds(deliveryStarted);
    const totalSeconds = seconds(started);
    await worker.stop();

    const rows = [
      {
        name: "baseline: nodemailer, connection/message",
        seconds: baselineSeconds,
        perSecond: count / baselineSeconds,
      },
      { name: "baseline: the same, Nagle off", seconds: noDelaySeconds, perSecond: count / noDelaySeconds },
      {
        name: `baseline: nodemailer pooled (${concurrency} conn.)`,
        seconds: pooledSeconds,
        perSecond: count / pooledSeconds,
      },
      { name: "outbox: enqueue (write + job)", seconds: enqueueSeconds, perSecond: count / enqueueSeconds },
      { name: "outbox: delivery by the worker", seconds: deliverySeconds, perSecond: count / deliverySeconds },
      { name: "outbox: end to end", seconds: totalSeconds, perSecond: count / totalSeconds },
    ];
    console.log("");
    printMachine();
    console.log(
      `Email through the outbox — ${count} messages, ${concurrency} at once, SMTP on loopback (received ${smtp.received()})\n`,
    );
    console.log(`${"run".padEnd(38)} ${"seconds".padStart(8)} ${"msg/s".padStart(8)} ${"× base".padStart(8)}`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(38)} ${row.seconds.toFixed(1).padStart(8)} ${row.perSecond.toFixed(0).padStart(8)} ${(row.perSecond / rows[0].perSecond).toFixed(2).padStart(7)}×`,
      );
    }
    const [perMessage, , pooled] = rows;
    const endToEnd = rows[rows.length - 1];
    const ratio = endToEnd.perSecond / perMessage.perSecond;
    console.log("");
    checkTarget(
      "email: end to end ≥ 1.0× nodemailer straight to SMTP, a connection per message",
      ratio >= 1,
      `${endToEnd.perSecond.toFixed(0)} msg/s = ${ratio.toFixed(2)}× the per-message baseline (${perMessage.perSecond.toFixed(0)} msg/s); ` +
        `${(endToEnd.perSecond / pooled.perSecond).toFixed(2)}× the pooled baseline (${pooled.perSecond.toFixed(0)} msg/s)`,
    );
    await writeResults("email", { count, concurrency, received: smtp.received(), runs: rows });
  } finally {
    await db.$disconnect();
    await smtp.close();
    await database.dispose();
  }
});
