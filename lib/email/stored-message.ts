import "server-only";

import type { TEmailMessage } from "./outbox";
import { renderEmail } from "./render-email";

/** An outbox row as delivery and the development mailbox read it. */
export type TStoredMessage = {
  to: string;
  locale: string;
  template: string;
  data: unknown;
  subject: string | null;
  html: string | null;
  text: string | null;
  headers: unknown;
};

export type TMessageContent = { subject: string; html: string; text: string; headers: Record<string, string> };

/** The string-valued headers stored with a message (Reply-To, List-Unsubscribe and the like). */
export function storedHeaders(json: unknown): Record<string, string> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * What a stored message says: as stored once rendered, or rendered now from its template and data
 * (enqueueEmail writes only those; `isRendered` is false then, and the caller stores the result). The
 * data was written by enqueueEmail from a typed TEmailMessage, so it has that template's shape.
 */
export async function contentOf(message: TStoredMessage): Promise<TMessageContent & { isRendered: boolean }> {
  const headers = storedHeaders(message.headers);
  if (message.subject !== null && message.html !== null && message.text !== null) {
    return { subject: message.subject, html: message.html, text: message.text, headers, isRendered: true };
  }
  const rendered = await renderEmail({
    template: message.template,
    locale: message.locale,
    to: message.to,
    data: message.data,
  } as TEmailMessage);
  return {
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    headers: { ...rendered.headers, ...headers },
    isRendered: false,
  };
}
