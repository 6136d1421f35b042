import "server-only";

import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { z } from "zod";

import { getCurrentUser, type TCurrentUser } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { clientIp, isLoopbackAddress } from "@/lib/http/client-ip";

import { linksOf } from "./links";
import { contentOf } from "./stored-message";
import { messageIdFor } from "./transport";

export const MAILBOX_PAGE_SIZE = 20;

/** The development mailbox exists only while mail is kept instead of sent (MAIL_TRANSPORT=mailbox). */
export function isMailboxMode(): boolean {
  return getConfig().MAIL_TRANSPORT === "mailbox";
}

/**
 * Who may read the mailbox. It holds sign-in links, staff invitations and status links, so whoever reads
 * it can act as their recipients: only the person running the portal on this machine (a request from
 * loopback, as clientIp tells the client's address) or a signed-in administrator.
 */
export function mayReadMailbox(ip: string, user: TCurrentUser | null): boolean {
  return isLoopbackAddress(ip) || (user?.kind === "staff" && user.role === "ADMIN");
}

/** For the mailbox pages: anyone else gets "not found", as if there were no mailbox at all. */
export async function ensureMailboxReader(): Promise<void> {
  if (!isMailboxMode()) notFound();
  const ip = clientIp(await headers());
  // Loopback needs no session lookup.
  if (!mayReadMailbox(ip, isLoopbackAddress(ip) ? null : await getCurrentUser())) notFound();
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
  if (!z.uuid().safeParse(id).success) return null;
  const message = await db.outboxMessage.findFirst({
    where: { id, status: "CAPTURED" },
    select: { id: true, to: true, template: true, locale: true, data: true, subject: true, html: true, text: true, headers: true, createdAt: true },
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
  return { id: messageId, to, template, locale, createdAt, subject: content.subject, html: content.html, text: content.text, headers, links: linksOf(content.html) };
}
