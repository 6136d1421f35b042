import "server-only";

import { cookies, headers } from "next/headers";

import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { mailboxKey } from "@/lib/email/mailbox-key";
import { enqueueEmail } from "@/lib/email/outbox";
import { clientIp } from "@/lib/http/client-ip";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { ZEmail } from "./schemas";

export const SIGN_IN_LINK_MINUTES = 15;

/**
 * Emails a sign-in link to a member, or — to an address that is not in the club — an invitation to join,
 * so the page never reveals who is a member. Limited per mailbox (every spelling of it alike) and per client address.
 */
export async function sendMemberSignInLink({ identifier, url }: { identifier: string; url: string }) {
  const email = ZEmail.parse(identifier);
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value);

  const perAddress = await consumeRateLimit(`member-link:mailbox:${mailboxKey(email)}`, {
    limit: 5,
    windowSeconds: 3600,
  });
  const perClient = await consumeRateLimit(`member-link:ip:${clientIp(requestHeaders)}`, {
    limit: 30,
    windowSeconds: 3600,
  });
  if (!perAddress.isAllowed || !perClient.isAllowed)
    await recordSecurityEvent({ kind: "RATE_LIMITED", limit: "member-sign-in-link" });
  if (!perAddress.isAllowed || !perClient.isAllowed) throw new Error("Too many sign-in links requested");

  await db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { email, status: { not: "LEFT" } }, select: { id: true } });
    await enqueueEmail(
      tx,
      member
        ? { template: "member-sign-in", to: email, locale, data: { url, expiresInMinutes: SIGN_IN_LINK_MINUTES } }
        : { template: "member-not-found", to: email, locale, data: { joinUrl: `${appUrl()}/club` } },
    );
  });
}
