import "server-only";

import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/uuid";

import { linksOf } from "./links";
import { contentOf } from "./stored-message";
import { messageIdFor } from "./transport";

export const MAILBOX_PAGE_SIZE = 20;

/** The development mailbox exists only while mail is kept instead of sent (MAIL_TRANSPORT=mailbox). */
export function isMailboxMode(): boolean {
  return getConfig().MAIL_TRANSPORT === "mailbox";
}

/** Captured messages, newest first, a page at a time; `to` matches any part of the recipient. */
export async function listCapturedMessages({ to, page }: { to?: string; page: number }) {
  const where = {
    status: "CAPTURED" as const,
    ...(to ? { to: { contains: to, mode: "insensitive" as const } } : {}),
  };
  const [total, messages] = await db.$transaction([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAILBOX_PAGE_SIZE,
      take: MAILBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, template: true, locale: true, createdAt: true },
    }),
  ]);
  return { messages, total, page, pageCount: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)) };
}

/** One captured message with the headers it would have been sent with; null when there is none. */
export async function getCapturedMessage(id: string) {
  if (!isUuid(id)) return null;
  const message = await db.outboxMessage.findFirst({
    where: { id, status: "CAPTURED" },
    select: {
      id: true,
      to: true,
      template: true,
      locale: true,
      data: true,
      subject: true,
      html: true,
      text: true,
      headers: true,
      createdAt: true,
    },
  });
  if (!message) return null;
  const content = await contentOf(message);
  const { MAIL_FROM } = getConfig();
  const headers: [string, string][] = [
    ["From", MAIL_FROM],
    ["To", message.to],
    ["Subject", content.subject],
    ["Date", message.createdAt.toUTCString()],
    ["Message-ID", messageIdFor(message.id, MAIL_FROM)],
    ...Object.entries(content.headers),
  ];
  const { id: messageId, to, template, locale, createdAt } = message;
  return {
    id: messageId,
    to,
    template,
    locale,
    createdAt,
    subject: content.subject,
    html: content.html,
    text: content.text,
    headers,
    links: linksOf(content.html),
  };
}
