import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { cookies } from "next/headers";

import { appUrl, getConfig } from "@/lib/config";
import { clientIp } from "@/lib/http/client-ip";
import { REQUEST_ID_HEADER } from "@/lib/log/request-logger";
import { recordSecurityEvent } from "@/lib/security/security-events";

import { authenticateStaff } from "./authenticate-staff";
import { knownDeviceCookie, knownDeviceCookieValue, knownDeviceStaffIds } from "./known-device";
import { memberAdapter } from "./member-adapter";
import { ZStaffSignIn } from "./schemas";
import { authSecret } from "./secret";
import { sendMemberSignInLink, SIGN_IN_LINK_MINUTES } from "./send-member-sign-in-link";
import { MEMBER_SESSION_SECONDS, STAFF_SESSION_SECONDS, type TSessionClaims } from "./session-claims";
import { endSession, isSessionLive, startMemberSession, startStaffSession } from "./sessions";

/**
 * Failure codes the staff sign-in form turns into sentences ("LOCKED:900" = this client locked out of the
 * account for 900 s; "ACCOUNT_LOCKED:…" = new devices locked out; "RATE_LIMITED:…" = this client, any account).
 */
export function staffFailureCode(result: Awaited<ReturnType<typeof authenticateStaff>>): string {
  if (result.ok) return "";
  return "retryAfterSeconds" in result ? `${result.reason}:${result.retryAfterSeconds}` : result.reason;
}

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use rather than at import: the production build imports this
 * module with no secrets in its environment.
 */
export function getAuthOptions(): NextAuthOptions {
  // next-auth builds its links and decides on secure cookies from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= appUrl();
  options ??= buildOptions();
  return options;
}

const buildOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  adapter: memberAdapter,
  session: { strategy: "jwt", maxAge: MEMBER_SESSION_SECONDS },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  logger: {
    // next-auth's own messages may hold addresses: keep their codes only.
    error: (code) => console.error(`[auth] ${code}`),
    warn: (code) => (getConfig().NODE_ENV === "production" ? undefined : console.warn(`[auth] ${code}`)),
    debug: () => undefined,
  },
  providers: [
    EmailProvider({
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      sendVerificationRequest: sendMemberSignInLink,
    }),
    CredentialsProvider({
      id: "staff",
      name: "Staff",
      credentials: { email: {}, password: {}, totp: {} },
      async authorize(credentials, request) {
        const parsed = ZStaffSignIn.safeParse(credentials);
        if (!parsed.success) throw new Error("INVALID");
        const requestHeaders = new Headers(request.headers as Record<string, string>);
        const device = knownDeviceCookieValue(requestHeaders.get("cookie"));
        const result = await authenticateStaff({
          ...parsed.data,
          ip: clientIp(requestHeaders),
          requestId: requestHeaders.get(REQUEST_ID_HEADER),
          knownStaffIds: knownDeviceStaffIds(device),
        });
        if (!result.ok) throw new Error(staffFailureCode(result));
        const { staff } = result;
        // This runs inside next-auth's route handler, whose response carries cookies set here.
        const { name, value, options: cookieOptions } = knownDeviceCookie(staff.id, device);
        (await cookies()).set(name, value, cookieOptions);
        const claims: TSessionClaims = {
          kind: "staff",
          uid: staff.id,
          sv: staff.sessionVersion,
          role: staff.role,
          until: Date.now() + STAFF_SESSION_SECONDS * 1000,
        };
        return { id: staff.id, claims };
      },
    }),
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link always "succeeds", so the answer never tells who is a member.
      if (email?.verificationRequest) return true;
      return Boolean(user.id);
    },
    async jwt({ token, user, account }) {
      // Every sign-in starts a session row; the cookie carries its id.
      if (user && account?.provider === "staff" && user.claims?.kind === "staff") {
        token.claims = { ...user.claims, sid: await startStaffSession(user.claims.uid) };
      } else if (user && account?.provider === "email") {
        const { sid, sv } = await startMemberSession(user.id);
        token.claims = { kind: "member", uid: user.id, sv, sid };
      } else if (!user && !(token.claims?.sid && (await isSessionLive(token.claims.sid)))) {
        // Reading the session (/api/auth/session) of a session that was ended or ran out: throwing makes
        // next-auth answer with no session and clear the cookie, instead of renewing it.
        throw new Error("SESSION_ENDED");
      }
      // Only ids travel in the cookie.
      delete token.name;
      delete token.email;
      delete token.picture;
      return token;
    },
    async session({ session, token }) {
      return { expires: session.expires, claims: token.claims };
    },
  },
  events: {
    async signIn({ user, account }) {
      // Staff sign-ins are recorded by authenticateStaff, with how the person proved who they are.
      if (account?.provider === "email") await recordSecurityEvent({ kind: "SIGN_IN", memberId: user.id });
    },
    // With JWT sessions next-auth hands over the decoded cookie: its session row ends for every copy of it.
    async signOut({ token }) {
      if (token?.claims?.sid) await endSession(token.claims);
    },
  },
});
