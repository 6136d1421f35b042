/**
 * A path with an invalid percent-encoding (`/status/%FF`) cannot be decoded into route parameters, and
 * Next.js answers it with a bare 500 that skips every header of next.config and the proxy. The portal's
 * server answers it itself instead: 400, with the same security headers as every other response, a
 * problem document on /api/**, a short text elsewhere, in the language the visitor chose.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { TProblem } from "../../lib/api/problem";
import { staticSecurityHeaders } from "../../lib/http/static-security-headers.mjs";
import en from "../../lib/i18n/messages/en.json";
import ru from "../../lib/i18n/messages/ru.json";

const TEXTS = { ru: ru.malformedAddress.text, en: en.malformedAddress.text };

// Nothing in these answers is meant to load or run anything.
const ANSWER_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Whether the path of a request target (the query aside) is not a valid percent-encoding of UTF-8. */
export function isMalformedPath(target: string | undefined): boolean {
  const queryAt = target?.indexOf("?") ?? -1;
  const path = queryAt === -1 ? (target ?? "/") : target!.slice(0, queryAt);
  // Most paths have no escapes at all: nothing to decode.
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** The visitor's language as the portal keeps it (the NEXT_LOCALE cookie; Russian by default). */
function localeOf(request: IncomingMessage): "ru" | "en" {
  return /(?:^|;\s*)NEXT_LOCALE=en(?:;|$)/.test(request.headers.cookie ?? "") ? "en" : "ru";
}

export function answerMalformedPath(
  request: IncomingMessage,
  response: ServerResponse,
  { isProduction }: { isProduction: boolean },
): void {
  const target = request.url ?? "/";
  const path = target.split("?", 1)[0];
  const detail = TEXTS[localeOf(request)];
  const requestId = randomUUID();
  response.statusCode = 400;
  for (const { key, value } of staticSecurityHeaders(isProduction)) response.setHeader(key, value);
  response.setHeader("Content-Security-Policy", ANSWER_POLICY);
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("x-request-id", requestId);
  if (path === "/api" || path.startsWith("/api/")) {
    const problem: TProblem = {
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      detail,
      instance: path,
      requestId,
    };
    response.setHeader("Content-Type", "application/problem+json");
    response.end(JSON.stringify(problem));
    return;
  }
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.end(`${detail}\n`);
}
