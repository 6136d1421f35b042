import { z } from "zod";

/** The graphile-worker task that delivers one outbox message; its payload names the message. */
export const DELIVER_EMAIL_TASK = "deliver-email";

/** A file sent with a message (a calendar invite and the like): small text content, kept with the job. */
export const ZEmailAttachment = z.object({
  filename: z.string().min(1).max(200),
  contentType: z.string().min(1).max(200),
  content: z.string().max(100_000),
});
export type TEmailAttachment = z.infer<typeof ZEmailAttachment>;

export const ZDeliverEmailPayload = z.object({
  id: z.uuid(),
  attachments: z.array(ZEmailAttachment).max(5).optional(),
});

/**
 * Delivery attempts before a message is given up as FAILED. graphile-worker waits exp(n) seconds after the
 * n-th failure, so ten attempts keep trying for about three and a half hours — long enough to ride out an
 * SMTP outage or a maintenance window, short enough that a sign-in link is not delivered a day late.
 */
export const MAX_DELIVERY_ATTEMPTS = 10;

/** A delivery job's key is this and its message's id. */
export const DELIVERY_JOB_KEY_PREFIX = "outbox:";

/** The job key of a message's delivery: one key per message, so the queue never holds two of them. */
export function deliveryJobKey(messageId: string): string {
  return `${DELIVERY_JOB_KEY_PREFIX}${messageId}`;
}
