import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { appUrl } from "@/lib/config";

import { authSecret } from "./secret";

/**
 * A browser that has signed in to a staff account before carries a signed cookie naming the account, so a
 * lock that strangers' failures put on the account does not keep its owner out. The cookie proves only
 * "this browser knew the password once"; per-client limits still hold for it.
 */
export const KNOWN_DEVICE_COOKIE = "staff-device";

const KNOWN_DEVICE_DAYS = 180;
// Shared workstations: a few accounts per browser, the most recent kept.
const MAX_ACCOUNTS = 5;

function signature(staffId: string, expires: number): string {
  return createHmac("sha256", authSecret()).update(`known-device:${staffId}:${expires}`).digest("base64url");
}

function isSigned(staffId: string, expires: number, given: string): boolean {
  const expected = Buffer.from(signature(staffId, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

type TEntry = { staffId: string; expires: number };

function validEntries(value: string | undefined, now: number): TEntry[] {
  if (!value) return [];
  return value.split("~").flatMap((part) => {
    const [staffId, expiresText, given] = part.split(".");
    const expires = Number(expiresText);
    if (!staffId || !given || !Number.isSafeInteger(expires) || expires * 1000 <= now) return [];
    return isSigned(staffId, expires, given) ? [{ staffId, expires }] : [];
  });
}

/** The accounts this browser has signed in to, from its cookie; forged or expired entries are ignored. */
export function knownDeviceStaffIds(value: string | undefined, now = Date.now()): string[] {
  return validEntries(value, now).map((entry) => entry.staffId);
}

/** Reads the cookie out of a request's Cookie header. */
export function knownDeviceCookieValue(cookieHeader: string | null | undefined): string | undefined {
  for (const pair of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = pair.trim().split("=");
    if (name === KNOWN_DEVICE_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The cookie to set after `staffId` signed in on this browser: its entry renewed, the others kept. */
export function knownDeviceCookie(staffId: string, previous: string | undefined, now = Date.now()) {
  const expires = Math.floor(now / 1000) + KNOWN_DEVICE_DAYS * 24 * 60 * 60;
  const others = validEntries(previous, now).filter((entry) => entry.staffId !== staffId);
  const entries = [...others.slice(-(MAX_ACCOUNTS - 1)), { staffId, expires }];
  return {
    name: KNOWN_DEVICE_COOKIE,
    value: entries
      .map((entry) => `${entry.staffId}.${entry.expires}.${signature(entry.staffId, entry.expires)}`)
      .join("~"),
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: appUrl().startsWith("https:"),
      // Read only where staff sign in (next-auth's callback), so it travels with no other request.
      path: "/api/auth",
      maxAge: KNOWN_DEVICE_DAYS * 24 * 60 * 60,
    },
  };
}
