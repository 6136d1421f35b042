/**
 * Reads the email the portal under test sent: the e2e server catches it with a real SMTP server
 * (scripts/test/smtp-sink.ts) and serves it as JSON on loopback.
 */
import { expect } from "@playwright/test";

import { linksOf } from "../../lib/email/links";

const MAIL_API = `http://127.0.0.1:${process.env.E2E_MAIL_API_PORT ?? "3126"}`;

export type TReceivedAttachment = { filename: string; contentType: string; content: string };

export type TReceivedEmail = {
  subject: string;
  text: string;
  html: string;
  links: string[];
  attachments: TReceivedAttachment[];
};

type TSinkMessage = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: TReceivedAttachment[];
  receivedAt: string;
};

/** The newest email to `to` (with `subject`, if given) that the mail server holds now, if any. */
async function newestEmail(to: string, subject: string | RegExp | undefined): Promise<TSinkMessage | undefined> {
  const response = await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`the test mail server answered ${response.status}`);
  const messages = (await response.json()) as TSinkMessage[];
  return messages
    .filter(
      (message) =>
        subject === undefined ||
        (typeof subject === "string" ? message.subject === subject : subject.test(message.subject)),
    )
    .at(-1);
}

/**
 * The newest email to `to` (with `subject`, if given) — waiting for it to arrive, up to `timeoutMs`.
 * Use a fresh address per test, so an email from an earlier test cannot answer.
 */
export async function waitForEmail({
  to,
  subject,
  timeoutMs = 20_000,
}: {
  to: string;
  subject?: string | RegExp;
  timeoutMs?: number;
}): Promise<TReceivedEmail> {
  let newest: TSinkMessage | undefined;
  await expect
    .poll(async () => (newest = await newestEmail(to, subject)), {
      message: `an email to ${to} arrives`,
      timeout: timeoutMs,
      intervals: [250],
    })
    .toBeDefined();
  const email = newest!;
  return {
    subject: email.subject,
    text: email.text,
    html: email.html,
    links: linksOf(email.html),
    attachments: email.attachments,
  };
}
