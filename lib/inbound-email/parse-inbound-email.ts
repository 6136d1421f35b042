import "server-only";

import { createHash } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";

import { isAutomaticMail } from "./automatic-mail";
import { htmlToText } from "./html-to-text";

export type TParsedInboundEmail = {
  /** The Message-ID, or one made from the content when the mail has none. */
  messageId: string;
  /** The sender's address, lower-cased; null when the From header has none. */
  sender: string | null;
  senderName: string | undefined;
  /** To, Cc and the envelope recipients (Delivered-To), for the reply token. */
  recipients: string[];
  subject: string;
  /** The text part; for HTML-only mail, the HTML as text, its quote containers as ">" lines. */
  text: string;
  attachments: { fileName: string; content: Buffer }[];
  /** An auto-reply, bounce or list mail (see automatic-mail.ts). */
  isAutomatic: boolean;
};

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.map((entry) => entry.address).filter((address): address is string => Boolean(address)),
  );
}

/** The envelope recipients of a message received over SMTP, as header lines put in front of it. */
export function withEnvelope(raw: Buffer, recipients: string[]): Buffer {
  const lines = recipients.map((recipient) => `Delivered-To: ${recipient.replace(/[\r\n]/g, "")}\r\n`).join("");
  return Buffer.concat([Buffer.from(lines, "utf8"), raw]);
}

export async function parseInboundEmail(raw: Buffer): Promise<TParsedInboundEmail> {
  // mailparser's own HTML-to-text would mix the quote containers into the text: HTML is converted here.
  const parsed = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, skipHtmlToText: true });
  const deliveredTo = parsed.headerLines
    .filter((line) => line.key === "delivered-to")
    .map((line) => line.line.replace(/^delivered-to:\s*/i, "").trim());
  const from = parsed.from?.value[0];
  const sender = from?.address ? from.address.toLowerCase() : null;
  const contentType = parsed.headers.get("content-type");
  return {
    messageId: parsed.messageId?.trim() || `<${createHash("sha256").update(raw).digest("hex")}@inbound.invalid>`,
    sender,
    senderName: from?.name || undefined,
    recipients: [...addresses(parsed.to), ...addresses(parsed.cc), ...deliveredTo],
    subject: parsed.subject ?? "",
    text: parsed.text?.trim() ? parsed.text : parsed.html ? htmlToText(parsed.html) : "",
    // Pictures a mail client embeds in its HTML (logos, signatures) are not the customer's files.
    attachments: parsed.attachments
      .filter((attachment) => !attachment.related)
      .map((attachment) => ({ fileName: attachment.filename ?? "attachment", content: attachment.content })),
    isAutomatic: isAutomaticMail({
      headers: parsed.headers,
      contentType:
        typeof contentType === "object" && contentType && "value" in contentType ? String(contentType.value) : "",
      sender,
    }),
  };
}
