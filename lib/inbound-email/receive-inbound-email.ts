import "server-only";

import { fileInboundEmail, type TInboundOutcome } from "./file-inbound-email";
import { parseInboundEmail, withEnvelope } from "./parse-inbound-email";
import { storeInboundEmail } from "./store-inbound-email";

function toBuffer(raw: Buffer | string): Buffer {
  return typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
}

/**
 * Takes a received message for later: stores it and queues the `receive-inbound-email` job that files it.
 * What the SMTP listener calls before it answers the sender. The envelope recipients (RCPT TO) are kept
 * with the message, since the reply address may appear only there (Bcc, forwarding).
 */
export async function acceptInboundEmail(
  raw: Buffer | string,
  envelopeRecipients: string[] = [],
): Promise<{ id: string; isNew: boolean }> {
  const message = withEnvelope(toBuffer(raw), envelopeRecipients);
  const { messageId } = await parseInboundEmail(message);
  return storeInboundEmail(message, messageId, { enqueue: true });
}

/**
 * Files one email into the portal at once: the customer's reply lands in its case, any other mail becomes
 * a new case. The same Message-ID twice lands once.
 */
export async function receiveInboundEmail(raw: Buffer | string): Promise<TInboundOutcome> {
  const message = toBuffer(raw);
  const { messageId } = await parseInboundEmail(message);
  const stored = await storeInboundEmail(message, messageId, { enqueue: false });
  return fileInboundEmail(stored.id);
}
