import "server-only";

import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";

import { getAuthOptions } from "./auth-options";

type TNextAuthRequest = {
  method: "GET" | "POST";
  query?: Record<string, string>;
  body?: Record<string, string>;
  cookies?: Record<string, string>;
};
type TNextAuthAnswer = { body: unknown; location?: string; cookies: Record<string, string> };

/** The name and value of each cookie a response sets, as a request would send them back. */
function cookiesSet(header: unknown): Record<string, string> {
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  return Object.fromEntries(
    lines.map((line) => {
      const pair = String(line).split(";", 1)[0];
      const at = pair.indexOf("=");
      return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
    }),
  );
}

/**
 * One request to next-auth's own endpoints (/api/auth/…), served in this process by its pages-router entry,
 * which takes a request's parts as plain values. (Its app-router entry reads the cookies of the request being
 * served, and a server action cannot add the CSRF cookie next-auth asks for to those.)
 */
export async function callNextAuth(path: string[], { query, ...request }: TNextAuthRequest): Promise<TNextAuthAnswer> {
  const headers = new Map<string, unknown>();
  let body: unknown;
  const response = {
    status: () => response,
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: unknown) => (headers.set(name.toLowerCase(), value), response),
    end: () => response,
    json: (value: unknown) => ((body = value), response),
    send: (value: unknown) => ((body = value), response),
  };
  // next-auth's types ask for Next's request and response objects; of them it uses only what is given here.
  await NextAuth(
    {
      query: { ...query, nextauth: path },
      headers: {},
      body: {},
      cookies: {},
      ...request,
    } as unknown as NextApiRequest,
    response as unknown as NextApiResponse,
    getAuthOptions(),
  );
  const location = headers.get("location");
  return { body, location: location ? String(location) : undefined, cookies: cookiesSet(headers.get("set-cookie")) };
}

/**
 * Asks next-auth's email provider for a member's sign-in link, as its client's signIn("email") does from a
 * browser: its own token, stored hashed through the adapter for its callback to accept, and the email sent
 * by sendMemberSignInLink — so a form posted without scripts gets the same link. "refused": too many links
 * were asked for.
 */
export async function requestMemberSignInLink({
  email,
  callbackUrl,
}: {
  email: string;
  callbackUrl: string;
}): Promise<"sent" | "refused"> {
  // The CSRF check guards next-auth's endpoints against other sites' forms; a server action has Next's own.
  const csrf = await callNextAuth(["csrf"], { method: "GET" });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const answer = await callNextAuth(["signin", "email"], {
    method: "POST",
    body: { email, callbackUrl, csrfToken, json: "true" },
    cookies: csrf.cookies,
  });
  // Where next-auth would send the browser next: its "check your email" page once the link is sent, its
  // error page when sending it failed (sendMemberSignInLink refused: too many links asked for).
  const next = new URL((answer.body as { url: string }).url);
  if (next.pathname.endsWith("/verify-request")) return "sent";
  if (next.searchParams.get("error") === "EmailSignin") return "refused";
  throw new Error(`next-auth answered a sign-in link request with ${next.pathname}`);
}
