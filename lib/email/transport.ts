import "server-only";

import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import SMTPTransport from "nodemailer/lib/smtp-transport";

import { getConfig, type TServerConfig } from "@/lib/config";

/** How outgoing mail leaves: through an SMTP server, or kept in the development mailbox. */
export type TMailSettings =
  | {
      transport: "smtp";
      from: string;
      smtp: SMTPTransport.Options;
      /** SMTP connections a worker process keeps open at most: the jobs it runs at once (default 4). */
      connections?: number;
    }
  | { transport: "mailbox"; from: string };

// A dead or silent server must fail an attempt within seconds, not hold a worker slot for minutes (the
// defaults are two minutes to connect and ten of socket silence); the job is retried later anyway.
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000, dnsTimeout: 5_000 };

/**
 * Connections go out with Nagle's algorithm off. SMTP waits for a reply to every command, and with Nagle
 * the last small packet of a message waits for the server to acknowledge the one before, which servers
 * delay (40 ms on Linux): on loopback that alone held a connection to about 20 messages a second. nodemailer
 * has no option for it, so this opens the socket (as it would: host, port, connection timeout) and hands
 * it over connected; TLS, implicit or STARTTLS, is still nodemailer's, over this socket.
 */
const getSocket: NonNullable<SMTPTransport.Options["getSocket"]> = (options, callback) => {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host || "localhost", port, noDelay: true });
  // A socket that cannot connect is left to nodemailer, which connects again itself and reports the failure
  // as its own (a refused connection, a timeout): its pool counts only the failures it sees.
  const giveUp = () => {
    clearTimeout(timer);
    socket.destroy();
    callback(null, false);
  };
  const timer = setTimeout(giveUp, TIMEOUTS.connectionTimeout);
  socket.once("error", giveUp);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.off("error", giveUp);
    callback(null, { connection: socket });
  });
};

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
  return { transport: "smtp", from: config.MAIL_FROM, smtp, connections: config.WORKER_CONCURRENCY };
}

// The transports are built here rather than by createTransport, which, given a `url`, drops every other
// option (the timeouts, the pool) and takes the URL's alone; the transports merge the two.

/** A nodemailer SMTP transport with a connection per message (the benchmark's baseline). */
export function createSmtpTransport(smtp: SMTPTransport.Options): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport(new SMTPTransport({ ...TIMEOUTS, getSocket, ...smtp }));
}

/** Messages one pooled connection carries before it is replaced: some servers refuse more per session. */
const MESSAGES_PER_CONNECTION = 100;

/**
 * A pool of up to `connections` SMTP connections (a worker process's, one per job it runs at once),
 * opened when the first message is sent, not before. A connection the server closed or broke (a restart, an
 * idle timeout) fails only the message on it at that moment, which is retried like any refused attempt, and
 * is replaced by the next message's; a refused connection fails the attempt as a connection per message did.
 */
export function createPooledSmtpTransport(
  smtp: SMTPTransport.Options,
  connections: number,
): Transporter<SMTPPool.SentMessageInfo> {
  // maxRequeues is nodemailer's but not in its types: a connection that closes mid-message fails that
  // attempt (the job retries it later) rather than nodemailer sending it again at once, for as long as
  // connections keep closing.
  const options: SMTPPool.Options & { maxRequeues: number } = {
    ...TIMEOUTS,
    getSocket,
    ...smtp,
    pool: true,
    maxConnections: connections,
    maxMessages: MESSAGES_PER_CONNECTION,
    maxRequeues: 0,
  };
  return nodemailer.createTransport(new SMTPPool(options));
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
