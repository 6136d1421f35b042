import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { AuthError } from "@/lib/auth/errors";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

import { ApiError } from "./api-error";
import type { TApiTranslator } from "./api-locale";
import { forbidden, internalError, problem, type TProblemContext, unauthorized, unavailable } from "./problem";

const ACTION_STATUS = { INVALID: 422, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 } as const;

/**
 * The problem-details answer to whatever a route handler threw: a refused credential (401/403), an API
 * or domain failure the caller can act on (4xx, texts in the caller's language), the database away for a
 * moment (503 with Retry-After: the request may be sent again as it is), or anything else (500, logged
 * with the request id).
 */
export async function errorResponse(
  error: unknown,
  t: TApiTranslator,
  context: TProblemContext & { route: string; hasCredential: boolean },
): Promise<Response> {
  if (error instanceof AuthError) {
    return error.code === "UNAUTHENTICATED"
      ? unauthorized(t("apiKeys.problem.unauthenticated"), context, context.hasCredential)
      : forbidden(t("apiKeys.problem.forbidden"), context);
  }
  if (error instanceof ApiError) {
    const { values, fieldKeys, headers } = error.options;
    const errors = fieldKeys ? Object.fromEntries(Object.entries(fieldKeys).map(([field, key]) => [field, t(key)])) : undefined;
    return problem(error.status, t(error.messageKey, values), context, { errors, headers });
  }
  if (error instanceof ActionError) {
    const message = t(error.messageKey, error.values);
    // A domain failure about one field (an unknown topic or office) is a validation error to a caller.
    if (error.field) return problem(422, t("apiKeys.problem.invalid"), context, { errors: { [error.field]: message } });
    const status = ACTION_STATUS[error.code];
    const retryAfter = typeof error.values.minutes === "number" ? { "Retry-After": String(error.values.minutes * 60) } : undefined;
    return problem(status, message, context, { headers: status === 429 ? retryAfter : undefined });
  }
  if (isDatabaseUnavailable(error)) return unavailable(error, t("apiKeys.problem.unavailable"), context, context.route);
  return internalError(error, t("apiKeys.problem.failed", { requestId: context.requestId }), context, context.route);
}
