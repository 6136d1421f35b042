import "server-only";

import { cookies } from "next/headers";

import { appUrl } from "@/lib/config";

/**
 * A browser that has just asked for a new status link is told so at the old address: the old link opens no
 * case any more, and a form posted there without scripts comes back to that address. httpOnly, scoped to
 * the old link's path and short-lived: it only says "you asked, look in your mail" to whoever asked.
 */
const COOKIE = "status-link-reissued";
const LIFETIME_SECONDS = 15 * 60;

const pathOf = (token: string) => `/status/${token}`;

export async function rememberReissuedLink(token: string): Promise<void> {
  (await cookies()).set(COOKIE, "1", {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl().startsWith("https:"),
    path: pathOf(token),
    maxAge: LIFETIME_SECONDS,
  });
}

/** Whether this browser asked, a moment ago, for a new link in place of the one it is opening (the cookie is sent to that link's path only). */
export async function isLinkJustReissued(): Promise<boolean> {
  return (await cookies()).get(COOKIE)?.value === "1";
}
