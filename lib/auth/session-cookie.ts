import "server-only";

import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";

import { getAuthOptions } from "./auth-options";
import { authSecret } from "./secret";
import type { TTokenClaims } from "./session-claims";

/** next-auth's name for the session cookie: secure-prefixed when the site is served over https. */
export function sessionCookieName(): string {
  getAuthOptions(); // sets NEXTAUTH_URL, from which next-auth decides on secure cookies
  return process.env.NEXTAUTH_URL?.startsWith("https://")
    ? "__Secure-next-auth.session-token"
    : "next-auth.session-token";
}

/**
 * The claims of this request's session cookie: decrypted and within the cookie's lifetime, but not yet
 * checked against the database (getCurrentUser does that, in the query that loads the person). Read here
 * rather than through getServerSession, whose callbacks would need a round trip of their own to the database.
 */
export const sessionClaims = cache(async (): Promise<TTokenClaims | null> => {
  const value = (await cookies()).get(sessionCookieName())?.value;
  if (!value) return null;
  try {
    const claims = (await decode({ token: value, secret: authSecret() }))?.claims;
    // A cookie from before sessions had rows carries no session id: it is no session.
    return claims && typeof claims.sid === "string" ? claims : null;
  } catch {
    return null;
  }
});

/** The id of this request's session, for changes that end the person's other sessions but not this one. */
export async function currentSessionId(): Promise<string | null> {
  return (await sessionClaims())?.sid ?? null;
}
