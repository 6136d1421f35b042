import "server-only";

import { ZodError } from "zod";

import { ActionError } from "@/lib/action/action-error";
import { AuthError } from "@/lib/auth/errors";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

import { ApiError } from "./api-error";
import type { TApiTranslator } from "./api-locale";
import { forbidden, internalError, problem, unauthorized, unavailable, type TProblemContext } from "./problem";

const ACTION_STATUS = { INVALID: 422, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 } as const;

/** The catalogue keys of the answers that are the same on every route of one kind of caller. */
export type TProblemTexts = {
  unauthenticated: string;
  forbidden: string;
  invalid: string;
  failed: string;
  unavailable: string;
};

export type TErrorContext = TProblemContext & {
  route: string;
  texts: TProblemTexts;
  /**
   * Whether the caller authenticates with `Authorization: Bearer` (the API), and whether it sent one: a
   * refusal then carries the Bearer challenge. A browser's session has no challenge to answer.
   */
  bearer: { hasCredential: boolean } | null;
};

/** A schema's refusal: each field's first message, from the catalogue when the schema names a key. */
function fieldErrors(error: ZodError, t: TApiTranslator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join(".") || "input"] ??= t(issue.message);
  return errors;
}

/**
 * The problem-details answer to whatever a route handler threw: a refused caller (401/403), a malformed
 * input (422), an API or domain failure the caller can act on (4xx, texts in the caller's language), the
 * database away for a moment (503 with Retry-After: the request may be sent again as it is), or anything
 * else (500, logged with the request id).
 */
export async function errorResponse(error: unknown, t: TApiTranslator, context: TErrorContext): Promise<Response> {
  const { texts, bearer } = context;
  if (error instanceof AuthError) {
    const isSignInNeeded = error.code === "UNAUTHENTICATED";
    const detail = t(isSignInNeeded ? texts.unauthenticated : texts.forbidden);
    if (!bearer) return problem(isSignInNeeded ? 401 : 403, detail, context);
    return isSignInNeeded ? unauthorized(detail, context, bearer.hasCredential) : forbidden(detail, context);
  }
  if (error instanceof ZodError) return problem(422, t(texts.invalid), context, { errors: fieldErrors(error, t) });
  if (error instanceof ApiError) {
    const { values, fieldKeys, headers } = error.options;
    const errors = fieldKeys
      ? Object.fromEntries(Object.entries(fieldKeys).map(([field, key]) => [field, t(key)]))
      : undefined;
    return problem(error.status, t(error.messageKey, values), context, { errors, headers });
  }
  if (error instanceof ActionError) {
    const message = t(error.messageKey, error.values);
    // A domain failure about one field (an unknown topic or office) is a validation error to a caller.
    if (error.field) return problem(422, t(texts.invalid), context, { errors: { [error.field]: message } });
    const status = ACTION_STATUS[error.code];
    const retryAfter =
      typeof error.values.minutes === "number" ? { "Retry-After": String(error.values.minutes * 60) } : undefined;
    return problem(status, message, context, { headers: status === 429 ? retryAfter : undefined });
  }
  if (isDatabaseUnavailable(error)) return unavailable(error, t(texts.unavailable), context, context.route);
  return internalError(error, t(texts.failed, { requestId: context.requestId }), context, context.route);
}
