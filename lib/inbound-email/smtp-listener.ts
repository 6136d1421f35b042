import "server-only";

import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

import { logger } from "@/lib/log/logger";

import { acceptInboundEmail } from "./receive-inbound-email";

const log = logger.child({ component: "inbound-email" });

/** Larger than any mail the case can take (5 files of 10 MB, base64-encoded, would not fit anyway). */
export const INBOUND_MAX_BYTES = 30 * 1024 * 1024;

export type TInboundSmtp = { port: number; close: () => Promise<void> };

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The SMTP server customers' replies arrive at. It takes mail only for the reply mailbox's domain, stores
 * each message and queues its filing before answering 250, and answers 451 (try later) when it cannot —
 * the sending server then retries. No TLS and no authentication: it listens on loopback by default, and a
 * real deployment puts it behind the operator's MX or relay, which does spam filtering and TLS.
 */
export async function startInboundSmtp(options: {
  host: string;
  port: number;
  mailbox: string;
}): Promise<TInboundSmtp | null> {
  const domain = options.mailbox.split("@")[1].toLowerCase();
  const server = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    logger: false,
    size: INBOUND_MAX_BYTES,
    banner: "portal inbound mail",
    onRcptTo: (address, _session, callback) => {
      const recipientDomain = address.address.split("@")[1]?.toLowerCase();
      callback(recipientDomain === domain ? undefined : smtpError("Relay access denied", 550));
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(smtpError("Message too large", 552));
          return;
        }
        const recipients = session.envelope.rcptTo.map((recipient) => recipient.address);
        acceptInboundEmail(Buffer.concat(chunks), recipients)
          .then(({ id, isNew }) => {
            log.info({ inboundEmailId: id, isNew }, "incoming email received");
            callback();
          })
          .catch((error: unknown) => {
            log.error({ err: error }, "could not store an incoming email");
            callback(smtpError("Cannot store the message now, try again later", 451));
          });
      });
    },
  });
  let isListening = false;
  // smtp-server re-emits its socket's errors; before listening they are the start-up failure handled below.
  server.on("error", (error) => {
    if (isListening) log.error({ err: error }, "inbound SMTP server error");
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.server.once("error", onError);
      server.listen(options.port, options.host, () => {
        server.server.off("error", onError);
        isListening = true;
        resolve();
      });
    });
  } catch (error) {
    // Another process of this host (the web server or a worker) already listens: one listener is enough.
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      log.warn(
        { host: options.host, port: options.port },
        "inbound SMTP port is taken; this process does not listen for mail",
      );
      return null;
    }
    throw error;
  }
  const port = (server.server.address() as AddressInfo).port;
  log.info({ host: options.host, port }, "inbound SMTP listening");
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
