/**
 * Writes to the portal under test the way a customer's mail server does: a real SMTP conversation with the
 * portal's own inbound listener, which the e2e server starts on 127.0.0.1:E2E_INBOUND_SMTP_PORT (default
 * 3127). The listener stores the message and a job files it, so wait for its effect (the comment on the
 * case page), not for this promise alone.
 */
import { randomBytes } from "node:crypto";
import nodemailer from "nodemailer";

const INBOUND_PORT = Number(process.env.E2E_INBOUND_SMTP_PORT ?? "3127");

export type TMailToPortal = {
  from: string;
  /** A case's reply address (reply+<token>@portal.example) or the plain reply mailbox. */
  to: string;
  subject: string;
  text: string;
  /** The Message-ID of the email being answered, as mail clients set it. */
  inReplyTo?: string;
  attachments?: { filename: string; content: Buffer }[];
};

/** Sends the email; resolves with its Message-ID once the portal has accepted it (250). */
export async function sendEmailToPortal(mail: TMailToPortal): Promise<string> {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: INBOUND_PORT,
    secure: false,
    ignoreTLS: true,
  });
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments,
      messageId: `<${randomBytes(12).toString("hex")}@e2e.mail.example>`,
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}),
    });
    return info.messageId;
  } finally {
    transport.close();
  }
}
