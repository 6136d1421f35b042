/** Cases to reply to, and a real SMTP client, for the incoming-mail tests. */
import { randomBytes } from "node:crypto";

import nodemailer from "nodemailer";

import { createCase } from "@/lib/cases/create-case";
import { db } from "@/lib/db";
import { newReplyToken } from "@/lib/email/reply-address";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString("hex")}@mail.example`;

export async function seedCase(input: { email: string; status?: CaseStatus; pausedAt?: Date; dueAt?: Date }) {
  const created = await db.$transaction((tx) =>
    createCase(tx, {
      type: "COMPLAINT",
      channel: "WEB",
      rule: "APPEAL",
      text: "Посылка пришла вскрытой.",
      applicant: { lastName: "Петров", firstName: "Иван", email: input.email, role: "APPLICANT", locale: "ru" },
    }),
  );
  const replyToken = newReplyToken();
  const updated = await db.case.update({
    where: { id: created.caseId },
    data: { replyToken, status: input.status ?? "IN_PROGRESS", pausedAt: input.pausedAt ?? null, ...(input.dueAt ? { dueAt: input.dueAt } : {}) },
    select: { id: true, number: true, dueAt: true },
  });
  const applicant = await db.caseApplicant.findFirstOrThrow({ where: { caseId: created.caseId }, select: { id: true } });
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

export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the job has filed the message with this Message-ID. */
export async function waitUntilFiled(messageId: string) {
  await waitUntil(async () => Boolean((await db.inboundEmail.findUnique({ where: { messageId }, select: { processedAt: true } }))?.processedAt), `${messageId} is filed`);
  return db.inboundEmail.findUniqueOrThrow({ where: { messageId } });
}
