import { NextResponse, type NextRequest } from "next/server";

import { appUrl, getConfig } from "@/lib/config";
import { buildContentSecurityPolicy, createNonce, CSP_HEADER } from "@/lib/http/security-headers";

const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
// Attachments are served with a sandboxing policy of their own (a PDF must not run in the site's origin);
// Next.js keeps the proxy's header over the route's, so the proxy leaves theirs alone.
const OWN_POLICY_PATHS = /^\/api\/attachments\//;

/**
 * Gives every request an id that server code logs with and the response returns, so a user's report
 * can be matched to the log lines, and a Content-Security-Policy with a fresh nonce. The policy goes on
 * the request too: Next.js reads the nonce from it and adds it to the scripts it renders (server code
 * that renders its own <Script> reads it from `x-nonce`). The proxy only tags and redirects; it is not a
 * security boundary.
 */
export function proxy(request: NextRequest) {
  const incoming = request.headers.get(REQUEST_ID_HEADER);
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, nodeEnv: getConfig().NODE_ENV, appUrl: appUrl() });

  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("x-nonce", nonce);
  forwarded.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (!OWN_POLICY_PATHS.test(request.nextUrl.pathname)) response.headers.set(CSP_HEADER, policy);
  return response;
}

// Pages and API routes; static files get the headers that need no nonce from next.config.mjs.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
