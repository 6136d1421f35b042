/**
 * What the portal's server gives every request before Next.js sees it: an id that server code logs with and
 * the answer returns, so a user's report can be matched to the log lines, and a Content-Security-Policy with
 * a fresh nonce. The policy goes on the request too: Next.js reads the nonce from it and adds it to the
 * scripts it renders (server code that renders its own <Script> reads it from `x-nonce`). Done here rather
 * than in a Next.js proxy, which wraps every request and answer once more only to set three headers.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { REQUEST_ID_HEADER } from "../../lib/http/request-id";
import { buildContentSecurityPolicy, createNonce, CSP_HEADER, type TCspOptions } from "../../lib/http/security-headers";

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
/** Built files need no policy of their own: what runs is decided by the page that loads them. */
const UNTAGGED_PATHS = /^\/(?:_next\/static\/|_next\/image(?:\?|$)|favicon\.ico(?:\?|$))/;
/** Attachments answer with a sandboxing policy of their own: a PDF must not run in the site's origin. */
const OWN_POLICY_PATHS = /^\/api\/attachments\//;

export type TPolicySettings = Omit<TCspOptions, "nonce">;

export function tagRequest(request: IncomingMessage, response: ServerResponse, settings: TPolicySettings): void {
  const url = request.url ?? "/";
  if (UNTAGGED_PATHS.test(url)) return;
  const incoming = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ ...settings, nonce });
  request.headers[REQUEST_ID_HEADER] = requestId;
  request.headers["x-nonce"] = nonce;
  request.headers[CSP_HEADER.toLowerCase()] = policy;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  if (!OWN_POLICY_PATHS.test(url)) response.setHeader(CSP_HEADER, policy);
}
