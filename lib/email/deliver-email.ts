import "server-only";

import type { Task } from "graphile-worker";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { batchedCalls } from "./batched-calls";
import { ZDeliverEmailPayload } from "./delivery-job";
import { createSentRecorder } from "./record-sent";
import { describeSmtpError, isPermanentRefusal, providerMessageIdOf, smtpErrorCode } from "./smtp-errors";
import { contentOf } from "./stored-message";
import { createPooledSmtpTransport, mailSettings, messageIdFor, type TMailSettings } from "./transport";

const log = logger.child({ component: "email" });

/**
 * The `deliver-email` job: sends one outbox message, or keeps it in the development mailbox.
 *
 * Never twice rests on three things. (1) One job per message: enqueueEmail adds the job with the message's
 * id as graphile-worker's job key, which is unique. (2) One worker at a time per job: graphile-worker takes
 * a job with `FOR UPDATE SKIP LOCKED` and marks it locked, so however many app instances and worker
 * processes share the database, only one runs it; a retry is the same job, run again after the lock is
 * released. (3) A message that is no longer PENDING is never sent again, and every status change is
 * conditional on PENDING. What remains is the moment between the SMTP server's "250 accepted" and the
 * update that records it: nothing else happens in between, and if the process dies exactly there the job's
 * lock expires (after four hours) and the message goes out a second time — with the same Message-ID, which
 * lets the receiving side recognise it. A database outage of up to a minute at that moment (or any other)
 * is waited out (throughOutage).
 *
 * The task keeps a pool of SMTP connections, as many as the worker runs jobs at once, opened with the first
 * message and closed by `close` when the worker stops; messages accepted at about the same time are
 * recorded as SENT in one update (createSentRecorder), each job still ending only once its own is recorded.
 */
export function createDeliverEmailTask(settings: TMailSettings = mailSettings()): TDeliverEmailTask {
  let pool: ReturnType<typeof createPooledSmtpTransport> | null = null;
  const smtpTransport = () => {
    if (settings.transport !== "smtp") return null;
    pool ??= createPooledSmtpTransport(settings.smtp, settings.connections ?? DEFAULT_CONNECTIONS);
    return pool;
  };
  const recordSent = createSentRecorder();
  // The messages of the jobs that start together are read in one query.
  const readMessage = batchedCalls(async (ids: string[]) => {
    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } }, select: MESSAGE_FIELDS });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
  const task: Task = async (payload, helpers) => {
    const { id, attachments } = ZDeliverEmailPayload.parse(payload);
    const message = await throughOutage(() => readMessage(id));
    if (!message) {
      log.warn({ outboxId: id }, "outbox message not found; nothing to deliver");
      return;
    }
    if (message.status !== "PENDING") return;
    const content = await contentOf(message);
    // Stored with the status that settles the message: the mailbox and any later look show what was sent.
    const rendered = content.isRendered
      ? {}
      : {
          subject: content.subject,
          html: content.html,
          text: content.text,
          headers: content.headers,
          data: Prisma.DbNull,
        };

    const transport = smtpTransport();
    if (!transport) {
      await markPending(id, { status: "CAPTURED", attempts: { increment: 1 }, ...rendered });
      log.info({ outboxId: id }, "email kept in the development mailbox");
      return;
    }

    const attempt = helpers.job.attempts;
    let response: string;
    try {
      const info = await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: content.subject,
        html: content.html,
        text: content.text,
        headers: content.headers,
        attachments,
        messageId: messageIdFor(id, settings.from),
      });
      response = info.response;
    } catch (error) {
      const isFinal = attempt >= helpers.job.max_attempts || isPermanentRefusal(error);
      await throughOutage(() =>
        markPending(id, {
          attempts: { increment: 1 },
          lastError: describeSmtpError(error),
          ...(isFinal ? { status: "FAILED" } : {}),
        }),
      );
      const fields = { outboxId: id, attempt, smtpError: smtpErrorCode(error) };
      if (isFinal) {
        log.error(fields, "email not delivered; giving up");
        return;
      }
      log.warn(fields, "email not delivered; will retry");
      // graphile-worker retries the job after exp(attempt) seconds. The message names no address or body.
      throw new Error(`SMTP delivery failed (${smtpErrorCode(error)})`);
    }
    // Accepted: record it at once (see "never twice" above). A database outage now would make the job fail
    // and send the message again, so this update waits the outage out.
    const sent = {
      id,
      sentAt: new Date(),
      providerMessageId: providerMessageIdOf(response),
      rendered: content.isRendered ? null : content,
    };
    await throughOutage(() => recordSent(sent));
    log.info({ outboxId: id, attempt }, "email sent");
  };
  return Object.assign(task, {
    close: () => {
      pool?.close();
      pool = null;
    },
  });
}

const MESSAGE_FIELDS = {
  id: true,
  to: true,
  locale: true,
  template: true,
  data: true,
  subject: true,
  html: true,
  text: true,
  headers: true,
  status: true,
} as const;

/** The delivery task, and how its worker releases the task's SMTP connections when it stops. */
export type TDeliverEmailTask = Task & { close: () => void };

/** Pooled SMTP connections when the settings name no number: WORKER_CONCURRENCY's default. */
const DEFAULT_CONNECTIONS = 4;

/** Waits between tries of a database call: about a minute in all, longer than a restart or a failover takes. */
const OUTAGE_WAITS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000];

/**
 * Runs a database call of this task, trying again through an outage of up to a minute. Failing instead
 * would be worse than waiting: graphile-worker cannot record a job's end while the database is away, so
 * the job would stay locked for four hours — and if the message had just been accepted, it would then go
 * out a second time.
 */
async function throughOutage<T>(work: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await work();
    } catch (error) {
      if (tries >= OUTAGE_WAITS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_WAITS_MS[tries]));
    }
  }
}

type TOutboxUpdate = Parameters<typeof db.outboxMessage.updateMany>[0]["data"];

/** Updates a message that is still PENDING; a message already settled is left as it is. */
async function markPending(id: string, data: TOutboxUpdate) {
  await db.outboxMessage.updateMany({ where: { id, status: "PENDING" }, data });
}
