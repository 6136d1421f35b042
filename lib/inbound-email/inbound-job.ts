import { z } from "zod";

/** The graphile-worker task that files one received email; its payload names the InboundEmail row. */
export const RECEIVE_INBOUND_EMAIL_TASK = "receive-inbound-email";

export const ZReceiveInboundEmailPayload = z.object({ id: z.uuid() });

/** One job per received email: the queue never holds two for the same row. */
export function inboundJobKey(id: string): string {
  return `inbound:${id}`;
}
