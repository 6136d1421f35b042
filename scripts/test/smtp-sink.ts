/**
 * A real SMTP server for tests, on loopback: no authentication, no TLS. It parses what it receives with
 * mailparser and keeps it in memory. It can be stopped and started again on the same port (to play an
 * outage) and told to refuse mail with a given reply (to play a server that says "try again later").
 * Optionally it serves what it received as JSON over HTTP, for tests running in another process:
 *   GET /messages?to=<address>  →  [{ to, from, subject, text, html, headers, attachments, messageId, receivedAt }]
 */
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TSinkMessage = {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header lines by lower-case name. */
  headers: Record<string, string>;
  /** Attached files, their content as UTF-8 text (the portal attaches text files such as calendar invites). */
  attachments: { filename: string; contentType: string; content: string }[];
  messageId: string;
  receivedAt: string;
};

export type TRefusal = { code: number; at: "rcpt" | "data"; message?: string };

const HOST = "127.0.0.1";

/** A "try again later" (or any) refusal as smtp-server sends it: the error's responseCode is the reply code. */
function refusalError({ code, message }: TRefusal): Error {
  return Object.assign(new Error(message ?? (code >= 500 ? "Mailbox unavailable" : "Try again later")), {
    responseCode: code,
  });
}

export class SmtpSink {
  readonly messages: TSinkMessage[] = [];
  private server: SMTPServer | null = null;
  private http: http.Server | null = null;
  private refusal: TRefusal | null = null;
  private readonly arrivals = new EventEmitter();

  private constructor(private smtpPort: number) {}

  /** A sink that is not listening yet; see startSmtpSink. */
  static create(port = 0): SmtpSink {
    return new SmtpSink(port);
  }

  get port(): number {
    return this.smtpPort;
  }

  get url(): string {
    return `smtp://${HOST}:${this.smtpPort}`;
  }

  get isRunning(): boolean {
    return this.server !== null;
  }

  /** Starts listening; after a stop, again on the same port as before. */
  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      disabledCommands: ["AUTH", "STARTTLS"],
      authOptional: true,
      logger: false,
      closeTimeout: 1_000,
      onRcptTo: (_address, _session, callback) => {
        callback(this.refusal?.at === "rcpt" ? refusalError(this.refusal) : undefined);
      },
      onData: (stream, session, callback) => {
        const refusal = this.refusal;
        simpleParser(stream)
          .then((parsed) => {
            if (refusal?.at === "data") return callback(refusalError(refusal));
            const message: TSinkMessage = {
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              headers: Object.fromEntries(
                parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).trim()]),
              ),
              attachments: parsed.attachments.map((attachment) => ({
                filename: attachment.filename ?? "",
                contentType: attachment.contentType,
                content: attachment.content.toString("utf8"),
              })),
              messageId: parsed.messageId ?? "",
              receivedAt: new Date().toISOString(),
            };
            // Kept before the 250 reply goes out: once the client hears "accepted", the message is here.
            this.messages.push(message);
            this.arrivals.emit("message", message);
            callback(null, `OK: queued as ${randomBytes(6).toString("hex")}`);
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.smtpPort, HOST, () => {
        server.off("error", reject);
        resolve();
      });
    });
    // smtp-server logs connection errors to stderr unless someone listens.
    server.on("error", () => {});
    this.smtpPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening (clients now get "connection refused"); what arrived stays. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Refuses every message from now on with the given reply, at RCPT TO or after DATA. */
  refuse(refusal: TRefusal): void {
    this.refusal = refusal;
  }

  accept(): void {
    this.refusal = null;
  }

  clear(): void {
    this.messages.length = 0;
  }

  /** The first message (already here or still to come) that matches, or a rejection after `timeoutMs`. */
  waitFor(predicate: (message: TSinkMessage) => boolean, timeoutMs = 10_000): Promise<TSinkMessage> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onMessage = (message: TSinkMessage) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        this.arrivals.off("message", onMessage);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.arrivals.off("message", onMessage);
        reject(new Error(`no matching email arrived within ${timeoutMs} ms (${this.messages.length} received)`));
      }, timeoutMs);
      this.arrivals.on("message", onMessage);
    });
  }

  /** Serves GET /messages?to=… on loopback. */
  async serveHttp(port: number): Promise<void> {
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? "/", `http://${HOST}`);
      if (request.method !== "GET" || url.pathname !== "/messages") {
        response.writeHead(404).end();
        return;
      }
      const to = url.searchParams.get("to")?.toLowerCase();
      const messages = to
        ? this.messages.filter((m) => m.to.some((address) => address.toLowerCase() === to))
        : this.messages;
      response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(messages));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, HOST, () => resolve());
    });
    this.http = server;
  }

  /** Stops the SMTP server and the HTTP endpoint. */
  async close(): Promise<void> {
    await this.stop();
    const server = this.http;
    this.http = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Starts a sink on `port` (default: any free port) and, with `httpPort`, its HTTP endpoint. */
export async function startSmtpSink({
  port = 0,
  httpPort,
}: { port?: number; httpPort?: number } = {}): Promise<SmtpSink> {
  const sink = SmtpSink.create(port);
  await sink.start();
  if (httpPort !== undefined) await sink.serveHttp(httpPort);
  return sink;
}
