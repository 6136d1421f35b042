/** Cases to reply to, a real SMTP listener and client, and client-written replies, for the incoming-mail tests. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TaskList } from "graphile-worker";
import nodemailer from "nodemailer";
import { expect, vi } from "vitest";

import { createTestCase, seedTopic } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { newReplyToken } from "@/lib/email/reply-address";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { inboundJobKey, RECEIVE_INBOUND_EMAIL_TASK } from "./inbound-job";
import { createReceiveInboundEmailTask } from "./receive-inbound-email-task";
import { startInboundSmtp } from "./smtp-listener";

export const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString("hex")}@mail.example`;

export async function seedCase(input: { email: string; status?: CaseStatus; pausedAt?: Date; dueAt?: Date }) {
  const created = await createTestCase(input.email);
  const replyToken = newReplyToken();
  const updated = await db.case.update({
    where: { id: created.caseId },
    data: {
      replyToken,
      status: input.status ?? "IN_PROGRESS",
      pausedAt: input.pausedAt ?? null,
      ...(input.dueAt ? { dueAt: input.dueAt } : {}),
    },
    select: { id: true, number: true, dueAt: true },
  });
  const applicant = await db.caseApplicant.findFirstOrThrow({
    where: { caseId: created.caseId },
    select: { id: true },
  });
  return { ...updated, replyToken, applicantId: applicant.id, replyAddress: `reply+${replyToken}@portal.example` };
}

export type TTestMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId?: string;
  attachments?: { filename: string; content: Buffer }[];
  /** RCPT TO, when it differs from the To header (Bcc, forwarding). */
  envelopeTo?: string;
};

/** Sends through a real SMTP conversation to 127.0.0.1:<port>; resolves with the Message-ID sent. */
export async function sendMail(port: number, mail: TTestMail): Promise<string> {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  try {
    const { envelopeTo, ...message } = mail;
    const info = await transport.sendMail({
      ...message,
      messageId: mail.messageId ?? `<${randomBytes(8).toString("hex")}@mail.example>`,
      ...(envelopeTo ? { envelope: { from: mail.from, to: [envelopeTo] } } : {}),
    });
    return info.messageId;
  } finally {
    transport.close();
  }
}

/** Waits until the job has filed the message with this Message-ID; resolves with its row. */
export async function waitUntilFiled(messageId: string) {
  await vi.waitFor(
    async () => {
      const row = await db.inboundEmail.findUnique({ where: { messageId }, select: { processedAt: true } });
      expect(row?.processedAt, `${messageId} is filed`).toBeInstanceOf(Date);
    },
    { timeout: 15_000, interval: 100 },
  );
  return db.inboundEmail.findUniqueOrThrow({ where: { messageId } });
}

/**
 * Waits until no filing job of this row is queued: every job that the row was given (a repeated delivery
 * would add one, under the same key) has run. The listener queues before it answers the sender, so once
 * sendMail has resolved, what this waits for is everything that delivery could have caused.
 */
export async function waitUntilFilingJobsRan(inboundEmailId: string) {
  await vi.waitFor(
    async () => {
      const [{ count }] = await db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE key = ${inboundJobKey(inboundEmailId)}`;
      expect(count, `the filing jobs of ${inboundEmailId} have run`).toBe(0);
    },
    { timeout: 15_000, interval: 100 },
  );
}

type TFilingWorker = { stop: () => Promise<void> };

/**
 * The SMTP listener on a free loopback port for reply@portal.example, and a worker filing what it takes. The
 * test starts the worker (lib/jobs' startTestWorker): the job runner registers this folder's tasks, so this folder
 * does not import it.
 */
export async function startInboundRig(
  startFilingWorker: (taskList: TaskList) => Promise<TFilingWorker>,
): Promise<{ port: number; stop: () => Promise<void> }> {
  // The seed's topic for mail that names none; test databases are migrated, not seeded.
  await seedTopic("other", "Другое", "Other");
  const listener = await startInboundSmtp({ host: "127.0.0.1", port: 0, mailbox: "reply@portal.example" });
  if (!listener) throw new Error("the inbound SMTP listener did not start");
  const worker = await startFilingWorker({ [RECEIVE_INBOUND_EMAIL_TASK]: createReceiveInboundEmailTask() });
  return {
    port: listener.port,
    stop: async () => {
      await worker.stop();
      await listener.close();
    },
  };
}

/**
 * A reply as a mail client wrote it (fixtures/<name>.eml), sent to this case's reply address from the
 * applicant's address with a Message-ID of its own; the client's headers, encodings and body as they were.
 */
export function clientReply(
  name: string,
  to: { replyAddress: string; from: string },
): { raw: string; messageId: string } {
  const messageId = `<${randomBytes(8).toString("hex")}@mail.example>`;
  const raw = readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8")
    .replaceAll("reply+abc@portal.example", to.replyAddress)
    .replace(/^Message-I[Dd]: .*$/m, `Message-ID: ${messageId}`)
    .replace(/^From: (?:.*<[^>]+>|\S+@\S+)$/m, (line) =>
      line.includes("<") ? line.replace(/<[^>]+>/, `<${to.from}>`) : `From: ${to.from}`,
    );
  return { raw, messageId };
}

/** Sends a message as it is, through a real SMTP conversation, to its reply address. */
export async function sendRawMail(port: number, mail: { from: string; to: string; raw: string }): Promise<void> {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from: mail.from, to: [mail.to] }, raw: mail.raw });
  } finally {
    transport.close();
  }
}
