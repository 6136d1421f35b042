import "server-only";

import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

import { getConfig, type TServerConfig } from "@/lib/config";

/** How outgoing mail leaves: through an SMTP server, or kept in the development mailbox. */
export type TMailSettings =
  { transport: "smtp"; from: string; smtp: SMTPTransport.Options } | { transport: "mailbox"; from: string };

// A dead or silent server must fail an attempt within seconds, not hold a worker slot for minutes (the
// defaults are two minutes to connect and ten of socket silence); the job is retried later anyway.
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000, dnsTimeout: 5_000 };

export function mailSettings(config: TServerConfig = getConfig()): TMailSettings {
  if (config.MAIL_TRANSPORT === "mailbox") return { transport: "mailbox", from: config.MAIL_FROM };
  const smtp: SMTPTransport.Options = config.SMTP_URL
    ? { url: config.SMTP_URL }
    : {
        host: config.SMTP_HOST,
        port: config.SMTP_PORT ?? (config.SMTP_SECURE ? 465 : 587),
        secure: config.SMTP_SECURE,
        auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : undefined,
      };
  return { transport: "smtp", from: config.MAIL_FROM, smtp };
}

/**
 * A nodemailer SMTP transport. Not pooled: each message opens its own connection, so a restarted or
 * replaced server is picked up by the next attempt without stale connections to recover from.
 */
export function createSmtpTransport(smtp: SMTPTransport.Options): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport({ ...TIMEOUTS, ...smtp });
}

/** The address part of "Name <address>" or of a bare address. */
export function senderAddress(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

/** Message-ID of an outbox message: the same on every attempt, so a receiver can recognise a repeat. */
export function messageIdFor(id: string, from: string): string {
  const domain = senderAddress(from).split("@")[1] ?? "localhost";
  return `<${id}@${domain}>`;
}
