import "server-only";

import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { isMailboxMode } from "@/lib/email/mailbox";
import { clientIp, isLoopbackAddress } from "@/lib/http/client-ip";

import { getCurrentUser, type TCurrentUser } from "./current-user";
import { can } from "./permissions";

/**
 * Who may read the mailbox. It holds sign-in links, staff invitations and status links, so whoever reads
 * it can act as their recipients: only the person running the portal on this machine (a request from
 * loopback, as clientIp tells the client's address) or a signed-in staff member with `mailbox.read`.
 */
export function mayReadMailbox(ip: string, user: TCurrentUser | null): boolean {
  return isLoopbackAddress(ip) || (user?.kind === "staff" && can(user, "mailbox.read"));
}

/** For the mailbox pages: anyone else gets "not found", as if there were no mailbox at all. */
export async function ensureMailboxReader(): Promise<void> {
  if (!isMailboxMode()) notFound();
  const ip = clientIp(await headers());
  // Loopback needs no session lookup.
  if (!mayReadMailbox(ip, isLoopbackAddress(ip) ? null : await getCurrentUser())) notFound();
}
