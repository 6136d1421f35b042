import "server-only";

import { requestLogger } from "@/lib/log/request-logger";

import { PROBLEM_CONTENT_TYPE } from "./media-types";

/** Where an answer is about: the request's path and its id (the one in the logs and x-request-id). */
export type TProblemContext = { instance: string; requestId: string };

export type TProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** RFC 9457 problem details, with the field errors of a 422 and the request id as extension members. */
export type TProblem = {
  type: string;
  title: string;
  status: TProblemStatus;
  detail: string;
  instance: string;
  requestId: string;
  errors?: Record<string, string>;
};

// `type` is about:blank throughout, so `title` is the status' own phrase (RFC 9457 §4.2.1); `detail`
// says what happened in the caller's language.
const TITLES: Record<TProblemStatus, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problem(
  status: TProblemStatus,
  detail: string,
  context: TProblemContext,
  extra: { errors?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const body: TProblem = {
    type: "about:blank",
    title: TITLES[status],
    status,
    detail,
    instance: context.instance,
    requestId: context.requestId,
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return Response.json(body, {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...extra.headers },
  });
}

export const badRequest = (detail: string, context: TProblemContext) => problem(400, detail, context);

/** `invalid_token` tells a client that the key it sent was refused, not that it sent none (RFC 6750 §3). */
export const unauthorized = (detail: string, context: TProblemContext, hasCredential = false) =>
  problem(401, detail, context, {
    headers: { "WWW-Authenticate": hasCredential ? 'Bearer realm="api", error="invalid_token"' : 'Bearer realm="api"' },
  });

export const forbidden = (detail: string, context: TProblemContext) =>
  problem(403, detail, context, { headers: { "WWW-Authenticate": 'Bearer realm="api", error="insufficient_scope"' } });

export const notFound = (detail: string, context: TProblemContext) => problem(404, detail, context);

export const conflict = (detail: string, context: TProblemContext) => problem(409, detail, context);

export const unprocessable = (detail: string, errors: Record<string, string>, context: TProblemContext) =>
  problem(422, detail, context, { errors });

export const tooManyRequests = (detail: string, retryAfterSeconds: number, context: TProblemContext) =>
  problem(429, detail, context, { headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) } });

/** Logs a failure the answer says nothing about, with the request id and the route, for whoever reads the logs. */
async function logFailure(
  level: "error" | "warn",
  message: string,
  error: unknown,
  context: TProblemContext,
  route: string,
): Promise<void> {
  const log = await requestLogger(context.requestId);
  log[level]({ err: error, route }, message);
}

/**
 * An unexpected failure: logged in full with the request id, answered with nothing but a generic
 * sentence and that id, so no stack trace or internal message reaches the caller.
 */
export async function internalError(
  error: unknown,
  detail: string,
  context: TProblemContext,
  route: string,
): Promise<Response> {
  await logFailure("error", "api request failed", error, context, route);
  return problem(500, detail, context);
}

/** Seconds a caller is asked to wait when the database is away: a restart or a failover takes about that. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** The database away for a moment: logged as a warning with the request id, answered 503 with Retry-After. */
export async function unavailable(
  error: unknown,
  detail: string,
  context: TProblemContext,
  route: string,
): Promise<Response> {
  await logFailure("warn", "api request failed: database unavailable", error, context, route);
  return problem(503, detail, context, { headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) } });
}
