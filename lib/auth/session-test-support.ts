// Signing in and out in tests through next-auth's own callbacks, holding the cookie they set, so getCurrentUser
// reads it back as a request would. Tests mock next/headers with test-request-scope.ts, which holds the cookie.
import { encode, type JWT } from "next-auth/jwt";

import { getAuthOptions } from "./auth-options";
import { authSecret } from "./secret";
import type { TSessionClaims } from "./session-claims";
import { setSessionCookie } from "./test-request-scope";

/** The cookie of the next requests: a token next-auth would have set, or none. */
export async function holdCookie(token: JWT | null): Promise<void> {
  setSessionCookie(token ? await encode({ token, secret: authSecret() }) : undefined);
}

/** Signs in the way next-auth's callback endpoints do after checking the link or password: the token it sets. */
export async function signInToken(
  user: { kind: "member"; id: string } | (Extract<TSessionClaims, { kind: "staff" }> & { id: string }),
) {
  const jwt = getAuthOptions().callbacks!.jwt!;
  if (user.kind === "member") {
    return jwt({
      token: {},
      user: { id: user.id },
      account: { provider: "email", type: "email", providerAccountId: user.id },
    });
  }
  const { id, ...claims } = user;
  return jwt({
    token: {},
    user: { id, claims },
    account: { provider: "staff", type: "credentials", providerAccountId: id },
  });
}

/** What /api/auth/session does with a cookie: the session, or an error when there is none. */
export async function readSession(token: JWT): Promise<JWT> {
  // next-auth's types say `user` is always given; on a session read it is not.
  return getAuthOptions().callbacks!.jwt!({ token, user: undefined as never, account: null });
}

/** next-auth's sign-out endpoint, for the cookie it was given. */
export async function signOutToken(token: JWT): Promise<void> {
  // With JWT sessions next-auth passes the token only, whatever its types say about `session`.
  await getAuthOptions().events!.signOut!({ token, session: undefined as never });
}
